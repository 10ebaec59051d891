package dev.licit.batch.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.batch.Fixtures;
import dev.licit.batch.generate.OrderGenerator;
import dev.licit.batch.pipeline.Progress;
import dev.licit.core.catalog.ChipCatalog;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.ScreenedOrder;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.OrderReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalReplayTest {
    @TempDir
    Path dir;

    @Test
    void reports_exactly_the_orders_whose_verdict_the_proposed_threshold_flips() throws IOException {
        Path orders = dir.resolve("orders.jsonl");
        OrderGenerator.write(
                orders,
                400,
                5,
                CatalogReader.loadDefault(),
                LocalDate.parse("2022-10-07"),
                LocalDate.parse("2026-06-30"));
        Path proposed = Fixtures.proposedRulebook(dir.resolve("proposed"));
        ReplayPlan plan = new ReplayPlan(RulebookSource.shipped(), null, RulebookSource.capture(proposed), null, false);
        Path out = dir.resolve("changes.jsonl");

        ReplaySummary summary = LocalReplay.run(orders, out, plan, 2, 0, Progress.silent());

        // the oracle: each order decided directly by two engines, verdicts compared
        DecisionEngine shipped = new DecisionEngine(RulebookLoader.loadDefault());
        DecisionEngine candidate = new DecisionEngine(RulebookLoader.load(proposed, List.of()));
        ChipCatalog catalog = CatalogReader.loadDefault();
        OrderReader reader = new OrderReader(shipped.rulebook().countries(), catalog);
        Set<String> expected = new LinkedHashSet<>();
        for (String line : Files.readAllLines(orders, StandardCharsets.UTF_8)) {
            Order o = reader.read("orders", line, true);
            if (shipped.decide(ScreenedOrder.notScreened(o), null, null).verdict()
                    != candidate
                            .decide(ScreenedOrder.notScreened(o), null, null)
                            .verdict()) {
                expected.add(o.id());
            }
        }
        ObjectMapper json = Json.COMPACT;
        List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
        Set<String> reported = new LinkedHashSet<>();
        for (String line : written) {
            reported.add(json.readTree(line).get("orderId").asText());
        }
        assertThat(expected).isNotEmpty();
        assertThat(reported).containsExactlyElementsOf(expected);
        assertThat(summary.orders()).isEqualTo(400);
        assertThat(summary.changed()).isEqualTo(expected.size());
        assertThat(summary.written()).isEqualTo(expected.size());

        // and independently of the engine: only orders dated from the 2023 text with a chip between 4000 and 4800 can
        // move
        for (String line : written) {
            var change = json.readTree(line);
            assertThat(LocalDate.parse(change.get("date").asText())).isAfterOrEqualTo(LocalDate.parse("2023-11-17"));
            String order = Files.readAllLines(orders).stream()
                    .filter(l -> l.contains(change.get("orderId").asText()))
                    .findFirst()
                    .orElseThrow();
            assertThat(Fixtures.CHIPS_BETWEEN_4000_AND_4800.stream().anyMatch(order::contains))
                    .as(order)
                    .isTrue();
            assertThat(change.get("baselineVerdict").asText())
                    .isNotEqualTo(change.get("verdict").asText());
            assertThat(change.get("reasons")).isNotEmpty();
            assertThat(change.get("baselineReasons")).isNotEmpty();
        }
    }

    @Test
    void the_same_rulebook_on_both_sides_changes_nothing_and_a_bad_line_is_refused_with_its_line() throws IOException {
        Path orders = dir.resolve("orders.jsonl");
        OrderGenerator.write(
                orders,
                50,
                9,
                CatalogReader.loadDefault(),
                LocalDate.parse("2023-01-01"),
                LocalDate.parse("2025-12-31"));
        Files.writeString(
                orders,
                "\n{\"id\":\"BAD\",\"date\":\"2024-01-01\",\"destination\":\"XX\",\"items\":[{\"catalogId\":\"nvidia-h100-sxm5-80gb\"}]}\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        ReplayPlan same = new ReplayPlan(RulebookSource.shipped(), null, RulebookSource.shipped(), null, true);
        ReplaySummary s = LocalReplay.run(orders, dir.resolve("out.jsonl"), same, 2, 1, Progress.silent());
        assertThat(s.orders()).isEqualTo(51);
        assertThat(s.changed() + s.reviewPolicyOnly() + s.licenseExceptionOnly())
                .isZero();
        assertThat(s.refused()).isEqualTo(1);
        assertThat(s.problems())
                .singleElement()
                .asString()
                .contains("orders.jsonl:52: destination: \"XX\" is not an ISO 3166-1");
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).isEmpty();
    }
}
