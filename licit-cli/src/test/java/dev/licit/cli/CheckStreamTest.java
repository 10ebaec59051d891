package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.licit.batch.generate.OrderGenerator;
import dev.licit.cli.testing.TempHome;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code licit check -}: orders as JSON Lines on standard input, and many orders in one run. */
class CheckStreamTest extends TempHome {
    static final ObjectMapper JSON = Json.COMPACT;

    static String order(String id, String date, String destination) {
        return "{\"id\": \"" + id + "\", \"date\": \"" + date + "\", \"exportFrom\": \"US\", \"destination\": \""
                + destination
                + "\", \"parties\": [{\"role\": \"END_USER\", \"name\": \"Customer " + id + "\", \"country\": \""
                + destination
                + "\"}], \"items\": [{\"sku\": \"H100\", \"quantity\": 8, \"unitValueUsd\": 25000, \"catalogId\": \"nvidia-h100-sxm5-80gb\"}]}";
    }

    static List<String> orderIds(String jsonLines) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : jsonLines.split("\n")) {
            ids.add(JSON.readTree(line).get("orderId").asText());
        }
        return ids;
    }

    @Test
    void aBadLineIsRefusedWithItsLineNumberAndTheOthersAreDecidedAndStored() throws Exception {
        String s3 = order("S3", "2024-06-01", "VN");
        String input = String.join(
                        "\n",
                        order("S1", "2024-06-01", "DE"),
                        "",
                        "{\"id\": \"S2\", \"date\": ",
                        s3,
                        order("S4", "2024-06-01", "ZZ"),
                        order("S5", "2021-01-01", "DE"),
                        "   ",
                        order("S6", "2025-03-01", "FR"))
                + "\n";
        Cli r = Cli.withInput(input, "check", "-", "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(orderIds(r.out())).containsExactly("S1", "S3", "S6");
        assertThat(r.err())
                .contains("licit: -:3: not valid JSON: ")
                .contains("licit: -:5: destination: \"ZZ\" is not an ISO 3166-1 alpha-2 country code")
                .contains("licit: -:6: no rulebook before 2022-10-07")
                .contains("licit: 3 orders decided, 3 refused in ")
                .doesNotContain("S1")
                .doesNotContain("-:2:")
                .doesNotContain("-:7:");
        assertThat(r.err().lines().filter(l -> l.startsWith("licit: -:")).toList())
                .hasSize(3);

        JsonNode stored =
                JSON.readTree(Cli.run("decisions", "list", "--format", "json").out());
        assertThat(stored).hasSize(3);
        // newest first, and decision ids follow the input: the stream was recorded in its order
        assertThat(stored.findValuesAsText("orderId")).containsExactly("S6", "S3", "S1");
        // searched like GET /v1/decisions: by order, destination
        assertThat(JSON.readTree(Cli.run("decisions", "list", "--format", "json", "--order", "S3")
                                .out())
                        .findValuesAsText("orderId"))
                .containsExactly("S3");
        assertThat(JSON.readTree(Cli.run("decisions", "list", "--format", "json", "--destination", "fr")
                                .out())
                        .findValuesAsText("orderId"))
                .containsExactly("S6");
        assertThat(Cli.run("decisions", "list", "--since", "2030-01-02", "--until", "2030-01-01")
                        .exit())
                .isEqualTo(2);
        String s3Id = JSON.readTree(r.out().split("\n")[1]).get("decisionId").asText();
        assertThat(Cli.run("decisions", "order", s3Id).out()).isEqualTo(s3 + System.lineSeparator());
        assertThat(Cli.run("decisions", "show", s3Id, "--format", "jsonl").out().strip())
                .isEqualTo(r.out().split("\n")[1]);
        assertThat(Cli.run("audit", "verify").exit()).isZero();
    }

    @Test
    void aCleanStreamExitsZeroAndSaysNothingOnStandardError() {
        // a list imported today: nothing to warn of (a fresh home is warned, see the next test)
        Path lists = Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");
        assertThat(Cli.run("lists", "import", lists.resolve("csl-sample-12.csv").toString())
                        .exit())
                .isZero();
        Cli r = Cli.withInput(order("A", "2024-06-01", "DE") + "\n", "check", "-", "--format", "jsonl");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.out()).contains("\"lists\":{").doesNotContain("\"warning\"");
    }

    @Test
    void listMaxAgeSetsWhenAListIsStaleForTheWarningAndTheStoredDecision() throws Exception {
        Path lists = Path.of(System.getProperty("licit.shared", "../../shared")).resolve("data/lists");
        assertThat(Cli.run("lists", "import", lists.resolve("csl-sample-12.csv").toString())
                        .exit())
                .isZero();
        // two days after the import: stale against a one-day limit, not against three days nor the default 7d
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));
        String input = order("A", "2024-06-01", "DE") + "\n";

        Cli stale = Cli.at(later, input, "check", "-", "--format", "jsonl", "--list-max-age", "1d");
        assertThat(stale.exit()).as(stale.err()).isZero();
        assertThat(stale.err().lines())
                .singleElement()
                .asString()
                .startsWith("licit: warning: ")
                .contains("csl-sample-12.csv")
                .contains("older than the 1-day limit")
                .contains("licit lists fetch");
        JsonNode decision = JSON.readTree(stale.out());
        assertThat(decision.at("/lists/maxAgeSeconds").asLong()).isEqualTo(86_400);
        assertThat(decision.at("/lists/stale").asBoolean()).isTrue();
        assertThat(decision.at("/lists/warning").asText()).contains("csl-sample-12.csv");

        Cli fresh = Cli.at(later, input, "check", "-", "--format", "jsonl", "--list-max-age", "3d");
        assertThat(fresh.exit()).as(fresh.err()).isZero();
        assertThat(fresh.err()).isEmpty();
        assertThat(JSON.readTree(fresh.out()).at("/lists/stale").asBoolean()).isFalse();
        assertThat(JSON.readTree(fresh.out()).at("/lists/maxAgeSeconds").asLong())
                .isEqualTo(259_200);
        assertThat(JSON.readTree(fresh.out()).has("warning")).isFalse();

        Cli byDefault = Cli.at(later, input, "check", "-", "--format", "jsonl");
        assertThat(byDefault.err()).isEmpty();
        assertThat(JSON.readTree(byDefault.out()).at("/lists/maxAgeSeconds").asLong())
                .isEqualTo(Duration.ofDays(7).toSeconds());

        Cli zero = Cli.withInput(input, "check", "-", "--list-max-age", "0s");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--list-max-age must be positive");
        Cli garbled = Cli.withInput(input, "check", "-", "--list-max-age", "a week");
        assertThat(garbled.exit()).isEqualTo(2);
        assertThat(garbled.err()).contains("'a week' is not a duration such as 90s, 30m, 6h or 7d");
    }

    @Test
    void aFreshHomeIsToldOnceThatOnlyTheBuiltInListIsLoaded() throws Exception {
        Cli r = Cli.withInput(
                order("A", "2024-06-01", "DE") + "\n" + order("B", "2024-06-01", "DE") + "\n",
                "check",
                "-",
                "--format",
                "jsonl");
        assertThat(r.exit()).isZero();
        assertThat(r.err().lines())
                .singleElement()
                .asString()
                .startsWith("licit: warning: only the built-in curated list (compiled 2026-11-29)")
                .contains("licit lists fetch");
        // and each recorded decision carries it, with the curated list's date
        JsonNode first = JSON.readTree(r.out().lines().findFirst().orElseThrow());
        assertThat(first.at("/lists/builtInOnly").asBoolean()).isTrue();
        assertThat(first.at("/lists/warning").asText()).contains("only the built-in curated list");
        assertThat(first.at("/lists/sources/0/publishedAt").asText()).isEqualTo("2026-11-29T00:00:00Z");

        // a dry run names the lists it screened against as a stored decision does; --no-screen screened none
        Cli dry = Cli.withInput(order("C", "2024-06-01", "DE") + "\n", "check", "-", "--format", "jsonl", "--no-store");
        assertThat(dry.exit()).as(dry.err()).isZero();
        JsonNode dryRun = JSON.readTree(dry.out());
        assertThat(dryRun.at("/lists/builtInOnly").asBoolean()).isTrue();
        assertThat(dryRun.at("/lists/snapshot").asText())
                .isEqualTo(first.at("/lists/snapshot").asText());
        assertThat(dryRun.at("/lists/sources/0/publishedAt").asText()).isEqualTo("2026-11-29T00:00:00Z");
        Cli unscreened = Cli.withInput(
                order("D", "2024-06-01", "DE") + "\n", "check", "-", "--format", "jsonl", "--no-store", "--no-screen");
        assertThat(JSON.readTree(unscreened.out()).has("lists")).isFalse();
    }

    @Test
    void manyOrdersComeOutInTheOrderTheyWentIn(@TempDir Path dir) throws Exception {
        // more than are read ahead and more than a group commit takes, from orders that screen in
        // very different times (Latin, Han, Arabic ... names), so workers finish out of order
        Path file = dir.resolve("orders.jsonl");
        OrderGenerator.write(
                file,
                700,
                11,
                CatalogReader.loadDefault(),
                LocalDate.parse("2023-01-01"),
                LocalDate.parse("2026-06-30"));
        List<String> lines = Files.readAllLines(file);
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            ids.add(JSON.readTree(line).get("id").asText());
        }
        Cli r = Cli.withInput(String.join("\n", lines), "check", "-", "--format", "jsonl");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(orderIds(r.out())).containsExactlyElementsOf(ids);
        List<String> decisionIds = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            decisionIds.add(JSON.readTree(line).get("decisionId").asText());
        }
        assertThat(decisionIds).isSorted().doesNotHaveDuplicates();
        assertThat(JSON.readTree(
                        Cli.run("decisions", "list", "--format", "json").out()))
                .hasSize(700);
    }

    @Test
    void aDryRunOfAStreamRecordsNothing() throws Exception {
        String input = order("D1", "2024-06-01", "DE") + "\nnot json\n" + order("D2", "2024-06-01", "VN") + "\n";
        Cli r = Cli.withInput(input, "check", "-", "--no-store", "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(orderIds(r.out())).containsExactly("D1", "D2");
        assertThat(JSON.readTree(r.out().split("\n")[0]).has("decisionId")).isFalse();
        assertThat(r.err()).contains("licit: -:2: not valid JSON");
        assertThat(Cli.run("decisions", "list").out()).isEmpty();
    }

    @Test
    void standardInputCannotBeMixedWithFiles() throws Exception {
        Path file = home.resolve("one.json");
        Files.writeString(file, order("F1", "2024-06-01", "DE"));
        for (String[] args : List.of(
                new String[] {"check", "-", file.toString()},
                new String[] {"check", file.toString(), "-"},
                new String[] {"check", "-", "-"})) {
            Cli r = Cli.withInput(order("S1", "2024-06-01", "DE") + "\n", args);
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("'-' reads orders from standard input and must be the only order argument");
            assertThat(r.out()).isEmpty();
        }
        assertThat(Cli.run("decisions", "list").out()).isEmpty();
    }

    @Test
    void aStreamPrintsAJsonArrayOrTextToo() throws Exception {
        String input = order("J1", "2024-06-01", "DE") + "\n";
        JsonNode array = JSON.readTree(
                Cli.withInput(input, "check", "-", "--format", "json").out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("orderId").asText()).isEqualTo("J1");
        assertThat(Cli.withInput("", "check", "-", "--format", "json").out().strip())
                .isEqualTo("[ ]");
        Cli text = Cli.withInput(input + order("J2", "2024-06-01", "VN") + "\n", "check", "-");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).containsSubsequence("J1: ", "Recorded as D-", "J2: ", "Recorded as D-");
    }

    @Test
    void manyFilesAsJsonAreOneArrayLaidOutAsBefore() throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--no-store"));
        for (String id : List.of("M1", "M2", "M3")) {
            Path f = home.resolve(id + ".json");
            Files.writeString(f, order(id, "2024-06-01", id.equals("M2") ? "VN" : "DE"));
            args.add(f.toString());
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).isZero();
        JsonNode array = Json.PRETTY.readTree(r.out());
        assertThat(array.findValuesAsText("orderId")).containsExactly("M1", "M2", "M3");
        // the array is written as it goes, in the layout the whole array was printed in before
        assertThat(r.out()).isEqualTo(Json.PRETTY.writeValueAsString(array) + System.lineSeparator());
    }

    @Test
    void aBadFileStillRefusesTheRunBeforeAnythingIsDecided() throws Exception {
        Path good = home.resolve("good.json");
        Files.writeString(good, order("G1", "2024-06-01", "DE"));
        Path bad = home.resolve("bad.json");
        Files.writeString(bad, order("B1", "2024-06-01", "ZZ"));
        Cli r = Cli.run("check", good.toString(), bad.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json:1: destination");
        assertThat(r.out()).isEmpty();
        assertThat(Cli.run("decisions", "list").out()).isEmpty();
    }
}
