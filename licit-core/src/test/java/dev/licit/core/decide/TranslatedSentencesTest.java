package dev.licit.core.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.Shared;
import dev.licit.core.chip.ChipSpec;
import dev.licit.core.chip.Precision;
import dev.licit.core.explain.Reason;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.OrderReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.json.Json;
import dev.licit.core.rulebook.Rulebook;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's own sentences (next steps, "cannot decide ...") reach a Korean reader in Korean:
 * every code has a template, and every value a template needs outside its optional [ ... ] parts is
 * in the sentence's params, for every public scenario and for decisions that stop on missing data.
 */
class TranslatedSentencesTest {
    private static final Rulebook RULEBOOK = RulebookLoader.loadDefault();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

    private static JsonNode korean() throws Exception {
        try (InputStream in = TranslatedSentencesTest.class.getResourceAsStream("/licit/data/i18n/rules.ko.yaml")) {
            return Json.YAML.readTree(in);
        }
    }

    @Test
    void everyEngineSentenceHasAKoreanTemplate() throws Exception {
        JsonNode ko = korean();
        for (String code : Stream.concat(NextSteps.CODES.stream(), Reason.TEXT_KEYS.stream())
                .toList()) {
            assertThat(ko.hasNonNull(code))
                    .as("data/i18n/rules.ko.yaml has no template for " + code)
                    .isTrue();
        }
    }

    @Test
    void everyTemplateGetsTheValuesItNeeds() throws Exception {
        JsonNode ko = korean();
        Set<String> codesSeen = new HashSet<>();
        Set<String> keysSeen = new HashSet<>();
        for (Decision d : decisions()) {
            for (NextStep step : d.steps()) {
                assertThat(NextSteps.CODES).contains(step.code());
                codesSeen.add(step.code());
                assertThat(step.params().keySet())
                        .as(step.code() + " in " + d.orderId())
                        .containsAll(required(ko.get(step.code()).asText()));
            }
            for (ItemDecision item : d.items()) {
                List<Reason> reasons = new ArrayList<>(item.reasons());
                reasons.addAll(item.classification().reasons());
                for (Reason r : reasons) {
                    if (r.textKey() != null) {
                        assertThat(Reason.TEXT_KEYS).contains(r.textKey());
                        keysSeen.add(r.textKey());
                        assertThat(r.params().keySet())
                                .as(r.textKey() + " in " + d.orderId())
                                .containsAll(required(ko.get(r.textKey()).asText()));
                    }
                }
            }
        }
        // the decisions below reach every step but the rare ones, and both kinds of undecided sentence
        assertThat(codesSeen)
                .contains(
                        "step.license-required",
                        "step.license-exception",
                        "step.notification",
                        "step.nlr",
                        "step.hold-missing",
                        "step.prohibited",
                        "step.keep-records");
        assertThat(keysSeen).contains("undecided.rule", "undecided.classification");
    }

    /** Placeholders a template needs: those outside its optional [ ... ] parts. */
    private static Set<String> required(String template) {
        Set<String> names = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(template.replaceAll("\\[[^\\]]*\\]", ""));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<Decision> decisions() throws Exception {
        DecisionEngine engine = new DecisionEngine(RULEBOOK);
        OrderReader reader = new OrderReader(RULEBOOK.countries(), CatalogReader.loadDefault());
        List<Decision> out = new ArrayList<>();
        JsonNode expected = Json.COMPACT.readTree(
                Shared.resolve("data/scenarios/expected.json").toFile());
        for (var it = expected.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            Path file = Shared.resolve("data/scenarios/" + id + ".json");
            Order order = reader.read(file.toString(), Files.readString(file), true);
            List<List<ListHit>> hits = new ArrayList<>();
            order.parties().forEach(p -> hits.add(List.of()));
            if (expected.get(id).has("needsLists")) {
                hits.set(
                        0,
                        List.of(new ListHit(
                                "EL",
                                "el-guian",
                                "Guian New District Huawei Investment Co., Ltd.",
                                "Guian New District Huawei Investment Co., Ltd.",
                                1.0,
                                "MATCH",
                                "For all items subject to the EAR",
                                "Presumption of denial",
                                "84 FR 22961")));
            }
            out.add(engine.decide(ScreenedOrder.withHits(order, hits), null, null));
        }
        // missing data: a die area the classification needs, a datacenter flag the exception needs
        ChipSpec unknownArea = new ChipSpec("x", "mi210", true, Map.of(Precision.FP16, 181.2), null, 300.0, 1600.0);
        ChipSpec unknownDc =
                new ChipSpec("x", "a.1 with unknown market", null, Map.of(Precision.FP8, 700.0), 600.0, 64.0, 1000.0);
        out.add(engine.decide(
                ScreenedOrder.withHits(Orders.order("2024-06-01", "CN", "CN", unknownArea), List.of(List.of())),
                null,
                null));
        out.add(engine.decide(
                ScreenedOrder.withHits(Orders.order("2024-06-01", "VN", "VN", unknownDc), List.of(List.of())),
                null,
                null));
        // a party on the Denied Persons List
        out.add(engine.decide(
                ScreenedOrder.withHits(
                        Orders.order("2024-06-01", "DE", "DE", Orders.H100),
                        List.of(List.of(new ListHit(
                                "DPL", "dpl-1", "Test End User", "Test End User", 1.0, "MATCH", null, null, null)))),
                null,
                null));
        return out;
    }
}
