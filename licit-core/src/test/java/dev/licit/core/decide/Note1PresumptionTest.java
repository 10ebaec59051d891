package dev.licit.core.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.InputException;
import dev.licit.core.io.OrderReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.ReviewPolicy;
import dev.licit.core.rulebook.Verdict;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/**
 * Note 1 to 3A090.a (90 FR 5298, from 2025-01-16): a foundry's or OSAT's IC at 16/14 nm or below
 * above the year's transistor bracket is presumed 3A090.a unless its designer is approved (or
 * authorized, to 2026-12-31); each threshold and date on both sides, through the order reader.
 */
class Note1PresumptionTest {
    private static final OrderReader READER =
            new OrderReader(RulebookLoader.loadDefault().countries(), CatalogReader.loadDefault());
    /** A consumer-class ASIC: outside 3A090 by Note 2 on its own figures. */
    private static final String ASIC =
            "{\"vendor\":\"Example\",\"model\":\"EX-1 inference ASIC\",\"datacenter\":false,\"dense\":{\"fp8\":200.0},"
                    + "\"dieAreaMm2\":600.0,\"interconnectGBs\":0,\"memoryBandwidthGBs\":800.0}";

    private static final String H100 = "{\"vendor\":\"NVIDIA\",\"model\":\"H100 SXM5 80GB\",\"datacenter\":true,"
            + "\"dense\":{\"fp8\":1979.0},\"dieAreaMm2\":814.0,\"interconnectGBs\":900.0,\"memoryBandwidthGBs\":3350.0}";

    private static Decision decide(String date, String type, String fabrication) {
        return decide(date, type, ASIC, fabrication);
    }

    private static Decision decide(String date, String type, String chip, String fabrication) {
        String json = "{\"id\":\"F\",\"date\":\"" + date + "\",\"exportFrom\":\"US\",\"destination\":\"CN\","
                + "\"exporter\":{\"name\":\"Example Foundry Inc.\",\"country\":\"US\",\"type\":\"" + type + "\"},"
                + "\"parties\":[{\"role\":\"END_USER\",\"name\":\"Hangzhou Lakeside Cloud Services Co., Ltd.\","
                + "\"country\":\"CN\",\"headquarters\":\"CN\"}],"
                + "\"items\":[{\"chip\":" + chip + (fabrication == null ? "" : ",\"fabrication\":" + fabrication)
                + "}]}";
        return DecisionRulesTest.decide(READER.read("f.json", json, true));
    }

    private static String fab(double nm, double billions, Boolean hbm, String designer) {
        return "{\"processNodeNm\":" + nm + ",\"transistorsBillions\":" + billions
                + (hbm == null ? "" : ",\"hbmInPackage\":" + hbm)
                + (designer == null ? "" : ",\"designerStatus\":\"" + designer + "\"") + "}";
    }

    private static boolean presumed(Decision d) {
        return "3A090.a (Note 1 presumption)"
                .equals(d.items().get(0).classification().paragraph());
    }

    @Test
    void thePresumptionStartsOnTheSixteenthOfJanuaryTwentyTwentyFive() {
        Decision before = decide("2025-01-15", "FOUNDRY", fab(5, 50, false, null));
        assertThat(before.verdict()).isEqualTo(Verdict.NLR);
        assertThat(presumed(before)).isFalse();
        Decision on = decide("2025-01-16", "FOUNDRY", fab(5, 50, false, null));
        assertThat(presumed(on)).isTrue();
        assertThat(on.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
        assertThat(on.reviewPolicy()).isEqualTo(ReviewPolicy.PRESUMPTION_OF_DENIAL);
        // presumed datacenter too: no NAC for it
        assertThat(on.licenseException()).isNull();
    }

    @Test
    void itBindsFoundriesAndOsatsOnly() {
        assertThat(presumed(decide("2026-03-01", "OSAT", fab(5, 50, false, null))))
                .isTrue();
        Decision distributor = decide("2026-03-01", "DISTRIBUTOR", fab(5, 50, false, null));
        assertThat(presumed(distributor)).isFalse();
        assertThat(distributor.verdict()).isEqualTo(Verdict.NLR);
    }

    @Test
    void sixteenNanometresOrBelow() {
        assertThat(presumed(decide("2026-03-01", "FOUNDRY", fab(16, 50, false, null))))
                .isTrue();
        assertThat(presumed(decide("2026-03-01", "FOUNDRY", fab(16.5, 50, false, null))))
                .isFalse();
    }

    @Test
    void thirtyBillionTransistorsUntilTwentyTwentySix() {
        assertThat(presumed(decide("2026-12-31", "FOUNDRY", fab(5, 30, false, null))))
                .isTrue();
        assertThat(presumed(decide("2026-12-31", "FOUNDRY", fab(5, 29.9, true, null))))
                .isFalse();
    }

    @Test
    void inTwentyTwentySevenThirtyFiveBillionWithoutHbmThirtyWithIt() {
        assertThat(presumed(decide("2027-01-01", "FOUNDRY", fab(5, 34.9, false, null))))
                .isFalse();
        assertThat(presumed(decide("2027-01-01", "FOUNDRY", fab(5, 35, false, null))))
                .isTrue();
        assertThat(presumed(decide("2027-12-31", "FOUNDRY", fab(5, 30, true, null))))
                .isTrue();
        assertThat(presumed(decide("2027-12-31", "FOUNDRY", fab(5, 29.9, true, null))))
                .isFalse();
        // the day before the bracket, 32 billion without HBM is still presumed
        assertThat(presumed(decide("2026-12-31", "FOUNDRY", fab(5, 32, false, null))))
                .isTrue();
    }

    @Test
    void inTwentyTwentyEightNoReliefBracket() {
        assertThat(presumed(decide("2028-01-01", "FOUNDRY", fab(5, 30, false, null))))
                .isTrue();
        assertThat(presumed(decide("2028-12-31", "FOUNDRY", fab(5, 29.9, false, null))))
                .isFalse();
        assertThat(presumed(decide("2027-12-31", "FOUNDRY", fab(5, 32, false, null))))
                .isFalse();
        assertThat(presumed(decide("2028-01-01", "FOUNDRY", fab(5, 32, false, null))))
                .isTrue();
    }

    @Test
    void fromTwentyTwentyNineFortyBillionWithoutHbm() {
        assertThat(presumed(decide("2028-12-31", "FOUNDRY", fab(5, 39.9, false, null))))
                .isTrue();
        assertThat(presumed(decide("2029-01-01", "FOUNDRY", fab(5, 39.9, false, null))))
                .isFalse();
        assertThat(presumed(decide("2029-01-01", "FOUNDRY", fab(5, 40, false, null))))
                .isTrue();
        assertThat(presumed(decide("2029-01-01", "FOUNDRY", fab(5, 30, true, null))))
                .isTrue();
        assertThat(presumed(decide("2029-01-01", "FOUNDRY", fab(5, 29.9, true, null))))
                .isFalse();
    }

    @Test
    void anApprovedDesignerRebutsAlwaysAnAuthorizedOneUntilTheEndOfTwentyTwentySix() {
        assertThat(presumed(decide("2025-01-16", "FOUNDRY", fab(5, 50, true, "APPROVED"))))
                .isFalse();
        assertThat(presumed(decide("2029-06-01", "FOUNDRY", fab(5, 50, true, "APPROVED"))))
                .isFalse();
        assertThat(presumed(decide("2026-04-06", "FOUNDRY", fab(5, 50, true, "AUTHORIZED"))))
                .isFalse();
        assertThat(presumed(decide("2026-12-31", "FOUNDRY", fab(5, 50, true, "AUTHORIZED"))))
                .isFalse();
        assertThat(presumed(decide("2027-01-01", "FOUNDRY", fab(5, 50, true, "AUTHORIZED"))))
                .isTrue();
        assertThat(presumed(decide("2026-12-31", "FOUNDRY", fab(5, 50, true, "NONE"))))
                .isTrue();
    }

    @Test
    void missingFiguresHoldAFoundrysLineAndAreNamed() {
        Decision none = decide("2026-03-01", "FOUNDRY", null);
        assertThat(none.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(none.missing())
                .contains("items[].fabrication.processNodeNm", "items[].fabrication.transistorsBillions");
        Decision noPackaging = decide("2027-03-01", "FOUNDRY", fab(5, 32, null, null));
        assertThat(noPackaging.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(noPackaging.missing()).containsExactly("items[].fabrication.hbmInPackage");
        // a count above every bracket decides without the packaging
        assertThat(presumed(decide("2027-03-01", "FOUNDRY", fab(5, 36, null, null))))
                .isTrue();
        // and a figure the outcome does not need never holds: 3A090.a on its own TPP
        Decision h100 = decide("2026-03-01", "FOUNDRY", H100, null);
        assertThat(h100.items().get(0).classification().paragraph()).isEqualTo("3A090.a.1");
        assertThat(h100.verdict()).isEqualTo(Verdict.LICENSE_REQUIRED);
    }

    @Test
    void theReaderRefusesUnknownFabricationFields() {
        assertThatThrownBy(() -> decide("2026-03-01", "FOUNDRY", "{\"processNode\":5}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("items[0].fabrication.processNode")
                .hasMessageContaining("processNodeNm");
        assertThatThrownBy(() -> decide("2026-03-01", "FOUNDRY", "{\"designerStatus\":\"APPROVD\"}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("APPROVED");
        assertThatThrownBy(() -> decide("2026-03-01", "FOUNDRY", "{\"transistorsBillions\":80000000000}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("transistorsBillions");
    }

    /** More transistors never lift the presumption (any year, either packaging). */
    @Property(tries = 40)
    void moreTransistorsNeverLiftThePresumption(
            @ForAll @DoubleRange(min = 1, max = 100) double billions,
            @ForAll @DoubleRange(min = 0, max = 30) double more,
            @ForAll boolean hbm,
            @ForAll @DoubleRange(min = 0, max = 5 * 365) double days) {
        String date =
                java.time.LocalDate.parse("2025-01-16").plusDays((long) days).toString();
        if (presumed(decide(date, "FOUNDRY", fab(7, billions, hbm, null)))) {
            assertThat(presumed(decide(date, "FOUNDRY", fab(7, billions + more, hbm, null))))
                    .isTrue();
        }
    }
}
