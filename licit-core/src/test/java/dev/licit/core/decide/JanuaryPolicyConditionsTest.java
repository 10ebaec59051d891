package dev.licit.core.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.explain.Reason;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.InputException;
import dev.licit.core.io.OrderReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * 91 FR 1684 (effective 2026-01-15): case-by-case only when every condition holds, each one on both
 * sides, read through the order reader as a user writes them; a condition not met or not shown is
 * named in the decision.
 */
class JanuaryPolicyConditionsTest {
    private static final OrderReader READER =
            new OrderReader(RulebookLoader.loadDefault().countries(), CatalogReader.loadDefault());
    private static final String H200 = "{\"vendor\":\"NVIDIA\",\"model\":\"H200 SXM 141GB\",\"datacenter\":true,"
            + "\"dense\":{\"fp8\":1979.0},\"dieAreaMm2\":814.0,\"interconnectGBs\":900.0,\"memoryBandwidthGBs\":4800.0}";
    private static final String CERTS = "\"US_SUPPLY_SUFFICIENT\",\"NO_FOUNDRY_DIVERSION\","
            + "\"RECIPIENT_SECURITY_PROCEDURES\",\"US_THIRD_PARTY_TESTING\",\"NO_END_USE_CONTROL\"";
    private static final String LINE =
            "\"usAvailableSince\":\"2024-11-18\"," + "\"unitsShipped\":{\"usEndUsers\":1000,\"chinaMacau\":500}";

    private static String order(String date, String from, String certs, String line) {
        return "{\"id\":\"J\",\"date\":\"" + date + "\",\"exportFrom\":\"" + from + "\",\"destination\":\"CN\","
                + "\"parties\":[{\"role\":\"END_USER\",\"name\":\"Hangzhou Lakeside Cloud Services Co., Ltd.\","
                + "\"country\":\"CN\",\"headquarters\":\"CN\"}],"
                + "\"items\":[{\"chip\":" + H200 + (line.isEmpty() ? "" : "," + line) + "}],"
                + "\"certifications\":[" + certs + "]}";
    }

    private static Decision decide(String json) {
        Order o = READER.read("test.json", json, true);
        return DecisionRulesTest.decide(o);
    }

    private static String conditionsReason(Decision d) {
        return d.items().get(0).reasons().stream()
                .filter(r -> "policy.conditions".equals(r.textKey()))
                .map(Reason::summary)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void everyConditionMetGivesCaseByCaseFromItsEffectiveDate() {
        Decision before = decide(order("2026-01-14", "US", CERTS, LINE));
        assertThat(before.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(before.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        Decision on = decide(order("2026-01-15", "US", CERTS, LINE));
        assertThat(on.reviewPolicy()).isEqualTo(ReviewPolicy.CASE_BY_CASE);
        assertThat(conditionsReason(on)).isEmpty();
    }

    @Test
    void eachCertificationMissingLeavesPresumptionOfDenialAndIsNamed() {
        for (String cert : List.of(
                "US_SUPPLY_SUFFICIENT",
                "NO_FOUNDRY_DIVERSION",
                "RECIPIENT_SECURITY_PROCEDURES",
                "US_THIRD_PARTY_TESTING",
                "NO_END_USE_CONTROL")) {
            String without = CERTS.replace("\"" + cert + "\",", "").replace(",\"" + cert + "\"", "");
            Decision d = decide(order("2026-02-01", "US", without, LINE));
            assertThat(d.reviewPolicy()).as(cert).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
            assertThat(conditionsReason(d)).as(cert).contains("not met: certification " + cert);
        }
    }

    @Test
    void aReExportStaysUnderPresumptionOfDenial() {
        Decision d = decide(order("2026-02-01", "SG", CERTS, LINE));
        assertThat(d.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(conditionsReason(d)).contains("an export from the United States");
    }

    @Test
    void theItemMustHaveBeenOnSaleInTheUsOnTheFifteenth() {
        String onTheDay = LINE.replace("2024-11-18", "2026-01-15");
        assertThat(decide(order("2026-02-01", "US", CERTS, onTheDay)).reviewPolicy())
                .isEqualTo(ReviewPolicy.CASE_BY_CASE);
        Decision later = decide(order("2026-02-01", "US", CERTS, LINE.replace("2024-11-18", "2026-01-16")));
        assertThat(later.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(conditionsReason(later)).contains("not met: the item was commercially available in the US");
    }

    @Test
    void chinaAndMacauAtMostHalfOfTheUsUnits() {
        assertThat(decide(order("2026-02-01", "US", CERTS, LINE.replace("500", "501")))
                        .reviewPolicy())
                .isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(decide(order("2026-02-01", "US", CERTS, LINE)).reviewPolicy())
                .isEqualTo(ReviewPolicy.CASE_BY_CASE);
    }

    @Test
    void undisclosedUsUnitsAndAMissingAvailabilityAreNamedAsNotShown() {
        Decision d = decide(order("2026-02-01", "US", CERTS, ""));
        assertThat(d.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(conditionsReason(d))
                .contains("not shown by the order")
                .contains("items[].usAvailableSince")
                .contains("items[].unitsShipped.usEndUsers")
                .contains("the units shipped to US end users are disclosed");
    }

    @Test
    void theReaderRefusesUnknownAndMalformedLineFields() {
        assertThatThrownBy(() -> decide(order("2026-02-01", "US", CERTS, "\"unitsShipped\":{\"usEndUser\":5}")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("items[0].unitsShipped.usEndUser")
                .hasMessageContaining("usEndUsers");
        assertThatThrownBy(() -> decide(order("2026-02-01", "US", CERTS, "\"usAvailableSince\":\"15 Jan 2026\"")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("usAvailableSince");
        assertThatThrownBy(() -> decide(order("2026-02-01", "US", CERTS, "\"unitsShipped\":{\"chinaMacau\":-1}")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("chinaMacau");
    }

    /** Case-by-case exactly when the units to China and Macau are at most half those to US end users. */
    @Property(tries = 60)
    void halfTheUsVolumeIsTheLine(
            @ForAll @LongRange(min = 0, max = 100_000) long us, @ForAll @LongRange(min = 0, max = 100_000) long cn) {
        String line = "\"usAvailableSince\":\"2024-11-18\",\"unitsShipped\":{\"usEndUsers\":" + us + ",\"chinaMacau\":"
                + cn + "}";
        ReviewPolicy p = decide(order("2026-03-01", "US", CERTS, line)).reviewPolicy();
        assertThat(p).isEqualTo(2 * cn <= us ? ReviewPolicy.CASE_BY_CASE : ReviewPolicy.PRESUMPTION_OF_DENIAL);
    }
}
