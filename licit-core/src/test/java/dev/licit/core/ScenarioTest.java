package dev.licit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.decide.Decision;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.ScreenedOrder;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.OrderReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.json.Json;
import dev.licit.core.rulebook.Rulebook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every public scenario of ../shared/data/scenarios gets its expected verdict, review policy and exception. */
class ScenarioTest {
    static final Rulebook RULEBOOK = RulebookLoader.loadDefault();
    static final OrderReader READER = new OrderReader(RULEBOOK.countries(), CatalogReader.loadDefault());
    static final ObjectMapper JSON = Json.COMPACT;

    static Stream<String> scenarios() throws Exception {
        JsonNode expected =
                JSON.readTree(Shared.resolve("data/scenarios/expected.json").toFile());
        List<String> ids = new ArrayList<>();
        expected.fieldNames().forEachRemaining(ids::add);
        return ids.stream();
    }

    /**
     * A scenario's expectation: the shared one, with the fields this repository's reading of the law
     * changed (src/test/resources/scenario-changes.json, each with its why; docs/RULES.md lists them).
     */
    static JsonNode expected(String id) throws Exception {
        ObjectNode e = (ObjectNode)
                JSON.readTree(Shared.resolve("data/scenarios/expected.json").toFile())
                        .get(id)
                        .deepCopy();
        try (var in = ScenarioTest.class.getResourceAsStream("/scenario-changes.json")) {
            JsonNode change = JSON.readTree(in).get(id);
            if (change != null) {
                e.setAll((ObjectNode) change);
            }
        }
        return e;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void publicScenarioGetsItsExpectedDecision(String id) throws Exception {
        JsonNode expected = expected(id);
        Path file = Shared.resolve("data/scenarios/" + id + ".json");
        Order order = READER.read(file.toString(), Files.readString(file), true);
        List<List<ListHit>> hits = new ArrayList<>();
        order.parties().forEach(p -> hits.add(List.of()));
        if (expected.has("needsLists")) {
            // The screening module supplies this hit in the CLI; here the Entity List match is given as input.
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
        Decision d = new DecisionEngine(RULEBOOK).decide(ScreenedOrder.withHits(order, hits), null, null);
        assertThat(d.verdict().name())
                .as(id + ": " + expected.get("why").asText() + "\n" + d)
                .isEqualTo(expected.get("verdict").asText());
        String policy = expected.hasNonNull("reviewPolicy")
                ? expected.get("reviewPolicy").asText()
                : null;
        assertThat(d.reviewPolicy() == null ? null : d.reviewPolicy().name())
                .as(id + " reviewPolicy\n" + d)
                .isEqualTo(policy);
        String exception = expected.hasNonNull("licenseException")
                ? expected.get("licenseException").asText()
                : null;
        assertThat(d.licenseException()).as(id + " licenseException").isEqualTo(exception);
    }
}
