package dev.licit.core.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.Shared;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.DecisionJson;
import dev.licit.core.io.OrderReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.rulebook.Rulebook;
import dev.licit.core.rulebook.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, point 7: a requirement that a license exception overcomes is marked as such (on both
 * sides: marked under NAC or ACA, never under a license requirement), and the NAC step counts the
 * waiting period from the filing date.
 */
class VerdictTextTest {
    static final Rulebook RULEBOOK = RulebookLoader.loadDefault();
    static final OrderReader READER = new OrderReader(RULEBOOK.countries(), CatalogReader.loadDefault());

    private static Decision scenario(String id) throws Exception {
        Path file = Shared.resolve("data/scenarios/" + id + ".json");
        Order order = READER.read(file.toString(), Files.readString(file), true);
        List<List<ListHit>> hits = new ArrayList<>();
        order.parties().forEach(p -> hits.add(List.of()));
        return new DecisionEngine(RULEBOOK).decide(ScreenedOrder.withHits(order, hits), null, null);
    }

    @Test
    void aRequirementNacOvercomesIsMarkedAndItsReasonKept() throws Exception {
        Decision d = scenario("P10"); // L40 to China: 3A090.b, NAC
        assertThat(d.verdict()).isEqualTo(Verdict.NOTIFICATION_REQUIRED);
        ItemDecision item = d.items().getFirst();
        assertThat(item.supersededBy()).isNotEmpty().containsValue("NAC");
        // the overcome requirement's reason is still there, with its rule id
        assertThat(item.reasons())
                .anySatisfy(r -> assertThat(item.supersededBy()).containsKey(r.ruleId()));
        JsonNode json = DecisionJson.decision(d, null, null);
        assertThat(json.path("items").get(0).path("reasons").findValuesAsText("supersededBy"))
                .contains("NAC");
    }

    @Test
    void aLicenseExceptionMarksTheRequirementItOvercomes() throws Exception {
        Decision d = scenario("P06"); // ACA to D:1
        assertThat(d.verdict()).isEqualTo(Verdict.LICENSE_EXCEPTION);
        assertThat(d.items().getFirst().supersededBy()).containsValue("ACA");
    }

    @Test
    void underALicenseRequirementNothingIsMarkedOvercome() throws Exception {
        for (String id : List.of("P01", "P02", "P03", "P04")) {
            Decision d = scenario(id);
            if (d.verdict() == Verdict.LICENSE_REQUIRED || d.verdict() == Verdict.NLR) {
                d.items().forEach(i -> assertThat(i.supersededBy()).as(id).isEmpty());
            }
        }
    }

    @Test
    void theNacStepCountsFromTheFilingDate() throws Exception {
        Decision d = scenario("P10");
        NextStep step = d.steps().stream()
                .filter(s -> s.code().equals("step.notification"))
                .findFirst()
                .orElseThrow();
        assertThat(step.params())
                .containsEntry("waitDays", "25")
                .containsEntry("filedOn", d.asOf().toString());
        assertThat(step.text())
                .contains("25 days after the filing date")
                .contains(d.earliestShipDate() + " if filed on " + d.asOf());
    }

    @Test
    void underALicenseRequirementWhatWouldChangeNamesTheRequirementAndItsCitation() throws Exception {
        Decision d = scenario("P01"); // Blackwell to China: license, no exception overcomes it
        ItemDecision item = d.items().getFirst();
        assertThat(item.wouldChange()).isNotEmpty().allSatisfy(ch -> {
            assertThat(ch.kind()).isEqualTo("REQUIREMENT");
            assertThat(ch.ruleId()).isNotBlank();
            assertThat(ch.citation()).isNotBlank();
            assertThat(ch.summary()).contains("CN").contains("license");
        });
        JsonNode json = DecisionJson.decision(d, null, null);
        assertThat(json.path("items")
                        .get(0)
                        .path("wouldChange")
                        .get(0)
                        .path("citation")
                        .asText())
                .isNotBlank();
    }

    @Test
    void aHoldForMissingDataSaysWhichInputsWouldLetItDecide() throws Exception {
        Decision d = scenario("P16"); // die area missing
        assertThat(d.verdict()).isEqualTo(Verdict.HOLD);
        assertThat(d.items().getFirst().wouldChange()).anySatisfy(ch -> {
            assertThat(ch.kind()).isEqualTo("MISSING_INPUT");
            assertThat(ch.params().get("missing")).isNotBlank();
        });
    }

    @Test
    void aPolicyWhoseConditionsAreNotMetIsNamedWithThem() throws Exception {
        Decision d = scenario("P12"); // re-exported from Singapore: the case-by-case conditions do not hold
        assertThat(d.items().stream().flatMap(i -> i.wouldChange().stream()))
                .anySatisfy(ch -> assertThat(ch.kind()).isIn("POLICY_CONDITIONS", "REQUIREMENT"));
    }

    @Test
    void aClearanceHasNothingToChange() throws Exception {
        for (String id : List.of("P02", "P04", "P07", "P09")) {
            Decision d = scenario(id);
            assertThat(d.verdict()).as(id).isEqualTo(Verdict.NLR);
            d.items().forEach(i -> assertThat(i.wouldChange()).as(id).isEmpty());
        }
    }

    @Test
    void everyChangeHasAKoreanTextFilledByItsParams() throws Exception {
        JsonNode ko;
        try (var in = getClass().getResourceAsStream("/licit/data/i18n/rules.ko.yaml")) {
            ko = new com.fasterxml.jackson.databind.ObjectMapper(
                            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readTree(in);
        }
        for (String key : VerdictChange.TEXT_KEYS) {
            assertThat(ko.path(key).asText()).as(key).isNotBlank();
        }
        for (String id : List.of("P01", "P11", "P12", "P16")) {
            for (ItemDecision i : scenario(id).items()) {
                for (VerdictChange ch : i.wouldChange()) {
                    assertThat(VerdictChange.TEXT_KEYS).contains(ch.textKey());
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([A-Za-z]+)\\}")
                            .matcher(ko.path(ch.textKey()).asText());
                    while (m.find()) {
                        assertThat(ch.params()).as(id + " " + ch.textKey()).containsKey(m.group(1));
                    }
                }
            }
        }
    }
}
