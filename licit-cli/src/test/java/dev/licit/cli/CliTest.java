package dev.licit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.licit.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The commands as users run them: contract shapes, exit codes, messages that name file and line. */
class CliTest {
    static final ObjectMapper JSON = Json.COMPACT;
    static final Path SHARED = Path.of(System.getProperty("licit.shared", "../../shared"));

    @TempDir
    static Path home;

    @BeforeAll
    static void scratchHome() {
        System.setProperty("licit.home", home.toString());
    }

    static Stream<String> scenarios() throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(SHARED.resolve("data/scenarios/expected.json").toFile())
                .fieldNames()
                .forEachRemaining(ids::add);
        return ids.stream();
    }

    /**
     * A scenario's expectation: the shared one, with the fields this repository's reading of the law
     * changed (licit-core/src/test/resources/scenario-changes.json; docs/RULES.md lists them).
     */
    static JsonNode expected(String id) throws Exception {
        ObjectNode e = (ObjectNode)
                JSON.readTree(SHARED.resolve("data/scenarios/expected.json").toFile())
                        .get(id)
                        .deepCopy();
        Path changes = Path.of(System.getProperty("user.dir"))
                .resolve("../licit-core/src/test/resources/scenario-changes.json")
                .normalize();
        JsonNode change = JSON.readTree(changes.toFile()).get(id);
        if (change != null) {
            e.setAll((ObjectNode) change);
        }
        return e;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void checkGivesTheExpectedVerdictWithTheShippedLists(String id) throws Exception {
        JsonNode expected = expected(id);
        Cli r = Cli.run(
                "check", SHARED.resolve("data/scenarios/" + id + ".json").toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode d = JSON.readTree(r.out());
        assertThat(d.get("verdict").asText())
                .as(id)
                .isEqualTo(expected.get("verdict").asText());
        assertThat(d.get("reviewPolicy").isNull() ? null : d.get("reviewPolicy").asText())
                .isEqualTo(
                        expected.hasNonNull("reviewPolicy")
                                ? expected.get("reviewPolicy").asText()
                                : null);
        assertThat(
                        d.get("licenseException").isNull()
                                ? null
                                : d.get("licenseException").asText())
                .isEqualTo(
                        expected.hasNonNull("licenseException")
                                ? expected.get("licenseException").asText()
                                : null);
        assertThat(d.get("rulebook").get("sha256").asText()).hasSize(64);
        for (JsonNode item : d.get("items")) {
            for (JsonNode reason : item.get("reasons")) {
                assertThat(reason.get("reliability").asText()).isIn("P", "S", "N", "I");
                assertThat(reason.has("citation")).isTrue();
            }
        }
    }

    @Test
    void aCommandBuildsItsOwnModelTheVersionNoneWhileHelpAndUnknownCommandsSeeTheWholeTree() {
        assertThat(Licit.commandLineFor("check", "x.json").getSubcommands()).containsOnlyKeys("check");
        assertThat(Licit.commandLineFor("--help").getSubcommands())
                .hasSize(LicitCommand.SUBCOMMANDS.size())
                .containsKeys("check", "classify", "rules", "screen", "lists", "decisions", "keys", "serve");
        Cli help = Cli.run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out())
                .contains("check")
                .contains("classify")
                .contains("notifications")
                .contains("keys");
        // the version alone needs no subcommand; with anything after it, the tree is built as usual
        assertThat(Licit.commandLineFor("--version").getSubcommands()).isEmpty();
        assertThat(Licit.commandLineFor("-V").getSubcommands()).isEmpty();
        assertThat(Licit.commandLineFor("--version", "check").getSubcommands())
                .hasSize(LicitCommand.SUBCOMMANDS.size());
        for (String flag : new String[] {"--version", "-V"}) {
            Cli version = Cli.run(flag);
            assertThat(version.exit()).isZero();
            assertThat(version.out()).isEqualTo("licit 0.1.0" + System.lineSeparator());
        }
        Cli typo = Cli.run("chek", "x.json");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.err()).contains("chek");
        for (Class<?> c : LicitCommand.SUBCOMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(LicitCommand.subcommand(name)).contains(c);
        }
    }

    @Test
    void decisionJsonIsByteIdenticalApartFromItsTimestampAndStoreId() throws Exception {
        String file = SHARED.resolve("data/scenarios/P17.json").toString();
        String a = stable(Cli.run("check", file, "--format", "json").out());
        String b = stable(Cli.run("check", file, "--format", "json").out());
        assertThat(a).isEqualTo(b).contains("\"rulebook\"");
    }

    /** A decision without what differs between two runs by design: when it was made and its id in the store. */
    private static String stable(String json) {
        return json.replaceAll("\"decidedAt\" : \"[^\"]+\"", "").replaceAll("\"decisionId\" : \"[^\"]+\"", "");
    }

    @Test
    void textDecisionReadsVerdictFirstThenItemsReasonsAndNextSteps() {
        Cli r = Cli.run("check", SHARED.resolve("data/scenarios/P05.json").toString());
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).contains("NOTIFICATION_REQUIRED").contains("NAC");
        assertThat(r.out())
                .contains("Earliest ship date: 2024-06-26")
                .contains("[P]")
                .contains("15 CFR 740.8")
                .contains("Next steps:")
                .contains("SNAP-R");
    }

    @Test
    void classifyFollowsTheContract() throws Exception {
        Cli r = Cli.run(
                "classify",
                SHARED.resolve("data/chips/chips-public.csv").toString(),
                "--as-of",
                "2024-06-01",
                "--format",
                "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode arr = JSON.readTree(r.out());
        assertThat(arr).hasSize(35);
        JsonNode h20 = null;
        for (JsonNode n : arr) {
            if (n.get("model").asText().equals("H20 (HGX, SXM)")) {
                h20 = n;
            }
            assertThat(n.has("tpp")
                            && n.has("performanceDensity")
                            && n.has("eccn")
                            && n.has("paragraph")
                            && n.has("status")
                            && n.has("missing")
                            && n.has("rulebookVersion")
                            && n.has("citations"))
                    .isTrue();
        }
        assertThat(h20.get("tpp").asDouble()).isEqualTo(2368.0);
        assertThat(h20.get("performanceDensity").asDouble()).isEqualTo(2.909);
        assertThat(h20.get("eccn").asText()).isEqualTo("NONE");
        assertThat(h20.get("status").asText()).isEqualTo("CLASSIFIED");
        Cli csv = Cli.run(
                "classify",
                SHARED.resolve("data/chips/chips-public.csv").toString(),
                "--as-of",
                "2024-06-01",
                "--format",
                "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .isEqualTo("model,tpp,performanceDensity,eccn,paragraph,status,missing");
        assertThat(csv.out().lines().count()).isEqualTo(36);
        assertThat(Cli.run(
                                "classify",
                                SHARED.resolve("data/chips/chips-public.csv").toString(),
                                "--as-of",
                                "2024-06-01",
                                "--format",
                                "table")
                        .out())
                .contains("INDETERMINATE (missing dieAreaMm2)");
    }

    @Test
    void classifyCsvWritesAModelNameThatASpreadsheetWouldRunAsText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chips.json");
        Files.writeString(
                f,
                "[{\"model\":\"=HYPERLINK(\\\"http://x\\\")\",\"datacenter\":true,\"dense\":{\"fp8\":1979}},"
                        + "{\"model\":\"@cmd\",\"datacenter\":true,\"dense\":{\"fp8\":1979}}]");
        Cli csv = Cli.run("classify", f.toString(), "--as-of", "2024-06-01", "--format", "csv");
        assertThat(csv.exit()).as(csv.err()).isZero();
        List<String> rows = csv.out().lines().skip(1).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",");
        assertThat(rows.get(1)).startsWith("'@cmd,");
    }

    @Test
    void classifyReadsJsonSpecsAndNamesMissingFields(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("chips.json");
        Files.writeString(
                f,
                "[{\"model\":\"x\",\"datacenter\":true,\"dense\":{\"fp16\":181.2}},"
                        + "{\"model\":\"big\",\"datacenter\":true,\"dense\":{\"fp8\":1979}}]");
        JsonNode arr = JSON.readTree(
                Cli.run("classify", f.toString(), "--as-of", "2024-06-01").out());
        assertThat(arr.get(0).get("status").asText()).isEqualTo("INDETERMINATE");
        assertThat(arr.get(0).get("missing").get(0).asText()).isEqualTo("dieAreaMm2");
        assertThat(arr.get(1).get("paragraph").asText()).isEqualTo("3A090.a.1");
    }

    @Test
    void badInputExitsTwoNamingFileFieldAndLine(@TempDir Path dir) throws Exception {
        Path order = dir.resolve("bad.json");
        Files.writeString(
                order,
                "{\n  \"id\": \"X\",\n  \"date\": \"2024-06-01\",\n  \"destination\": \"ZZ\",\n  \"items\": [{\"catalogId\": \"nvidia-h100-sxm5-80gb\"}]\n}\n");
        Cli r = Cli.run("check", order.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json:4").contains("destination").contains("ZZ");
        assertThat(r.out()).isEmpty();
        Files.writeString(
                order,
                "{\"date\": \"2024-06-01\", \"destination\": \"CN\", \"items\": [{\"chip\": {\"dense\": {\"fp8\": \"lots\"}}}]}");
        Cli typed = Cli.run("check", order.toString());
        assertThat(typed.exit()).isEqualTo(2);
        assertThat(typed.err()).contains("items[0].chip.dense.fp8").contains("must be a number");
        Files.writeString(order, "{\"date\": \"2024-06-01\", ");
        assertThat(Cli.run("check", order.toString()).err()).contains("not valid JSON");
        Path csv = dir.resolve("chips.csv");
        Files.writeString(csv, "vendor,model,datacenter,fp16_tflops\nA,B,true,12x\n");
        Cli c = Cli.run("classify", csv.toString());
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("chips.csv:2").contains("fp16_tflops");
        assertThat(Cli.run("check", dir.resolve("missing.json").toString()).exit())
                .isEqualTo(2);
        assertThat(Cli.run("check", order.toString(), "--as-of", "2021-01-01").exit())
                .isEqualTo(2);
        assertThat(Cli.run("nonsense").exit()).isEqualTo(2);
    }

    @Test
    void ordersBeforeTheRulebookStartAreRefused(@TempDir Path dir) throws Exception {
        Path order = dir.resolve("old.json");
        Files.writeString(
                order,
                "{\"date\": \"2021-06-01\", \"destination\": \"CN\", \"items\": [{\"catalogId\": \"nvidia-a100-sxm4-80gb\"}]}");
        Cli r = Cli.run("check", order.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("2022-10-07");
    }

    @Test
    void envelopeAnswersTheH20Question() throws Exception {
        JsonNode e = JSON.readTree(
                Cli.run("envelope", "--die-area", "814", "--datacenter", "--as-of", "2024-06-01", "--format", "json")
                        .out());
        assertThat(e.get("outside3A090").get("tppBelow").asDouble()).isEqualTo(2400.0);
        assertThat(e.get("outside3A090").get("bindingRule").asText()).isEqualTo("3A090.b.1");
        assertThat(e.get("outside3A090")
                        .get("densePerPrecisionBelow")
                        .get("fp8")
                        .asDouble())
                .isEqualTo(300.0);
        assertThat(e.get("outside3A090a").get("tppBelow").asDouble()).isEqualTo(4800.0);
        JsonNode small = JSON.readTree(
                Cli.run("envelope", "--die-area", "200", "--datacenter", "--as-of", "2024-06-01", "--format", "json")
                        .out());
        assertThat(small.get("outside3A090").get("tppBelow").asDouble()).isEqualTo(1600.0);
        assertThat(small.get("outside3A090a").get("bindingRule").asText()).isEqualTo("3A090.a.2");
        JsonNode gaming =
                JSON.readTree(Cli.run("envelope", "--die-area", "608", "--as-of", "2024-06-01", "--format", "json")
                        .out());
        assertThat(gaming.get("outside3A090").get("tppBelow").asDouble()).isEqualTo(4800.0);
        JsonNode old = JSON.readTree(Cli.run(
                        "envelope",
                        "--die-area",
                        "826",
                        "--datacenter",
                        "--interconnect",
                        "400",
                        "--as-of",
                        "2023-06-01",
                        "--format",
                        "json")
                .out());
        assertThat(old.get("outside3A090").get("tppBelow").isNull())
                .as("below 600 GB/s nothing was 3A090 in 2022")
                .isTrue();
    }

    @Test
    void rulesCommands() {
        Cli v = Cli.run("rules", "validate");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("OK:");
        Cli show = Cli.run("rules", "show", "--as-of", "2024-06-01");
        assertThat(show.out()).contains("version 2024-04-04").contains("sha256").contains("[S] 3A090.a.1");
        Cli diff = Cli.run("rules", "diff", "2023-11-16", "2023-11-17");
        assertThat(diff.out()).contains("+ New [S] 3A090.a.1").contains("- No longer in force [N] 3A090-2022");
        assertThat(Cli.run("rules", "diff", "2024-05-01", "2024-06-01").out()).contains("No change");
        Cli versions = Cli.run("rules", "versions");
        assertThat(versions.out().lines().findFirst().orElseThrow()).startsWith("2022-10-07");
        assertThat(versions.out()).contains("2023-11-17").contains("2024-04-04").contains("2024-12-02");
        assertThat(Cli.run("rules", "diff", "2026-02-02", "2026-02-03").out())
                .contains("Cambodia (KH)")
                .contains("left Country Group D:5");
    }

    @Test
    void rulesValidateRefusesABrokenDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "rules:\n  - id: a\n    kind: classify\n    when: \"tpp >=\"\n");
        Cli r = Cli.run("rules", "validate", "--rules", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("rules/broken.yaml:2: rule 'a'");
    }

    @Test
    void catalogCommands() throws Exception {
        Cli list = Cli.run("catalog", "list", "--as-of", "2024-06-01");
        assertThat(list.out()).contains("nvidia-h100-sxm5-80gb").contains("google-tpu-v4");
        JsonNode h100 = JSON.readTree(
                Cli.run("catalog", "show", "nvidia-h100-sxm5-80gb", "--as-of", "2024-06-01", "--format", "json")
                        .out());
        assertThat(h100.get("classification").get("paragraph").asText()).isEqualTo("3A090.a.1");
        assertThat(h100.get("sources").get("dense").size()).isPositive();
        assertThat(Cli.run("catalog", "show", "no-such-chip").exit()).isEqualTo(2);
    }

    @Test
    void theShippedAprilTwentyTwentyFivePackBindsTheExporterTheOrderNames() throws Exception {
        Path pack = Path.of(System.getProperty("user.dir"))
                .resolve("../overlays/april-2025-is-informed")
                .normalize();
        String parties = "\"parties\":[{\"role\":\"END_USER\",\"name\":\"Hangzhou Lakeside Cloud Services Co.,"
                + " Ltd.\",\"country\":\"CN\"}],\"items\":[{\"catalogId\":\"nvidia-h20-hgx-sxm\"}]";
        String head = "{\"id\":\"H20\",\"date\":\"2025-06-01\",\"exportFrom\":\"US\",\"destination\":\"CN\",";
        Path unnamed = Files.createTempFile(home, "h20", ".json");
        Files.writeString(unnamed, head + parties + "}");
        JsonNode asked = JSON.readTree(
                Cli.run("check", unnamed.toString(), "--format", "json").out());
        assertThat(asked.get("verdict").asText()).isEqualTo("HOLD");
        assertThat(asked.get("missing").toString()).contains("exporter.name");
        Path nvidia = Files.createTempFile(home, "h20", ".json");
        Files.writeString(nvidia, head + "\"exporter\":{\"name\":\"Nvidia Corp.\"}," + parties + "}");
        JsonNode bound = JSON.readTree(
                Cli.run("check", nvidia.toString(), "--format", "json").out());
        assertThat(bound.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(bound.get("rulebook").get("overlays").get(0).asText()).isEqualTo("april-2025-is-informed");
        // the same pack given with --overlay replaces the shipped one
        JsonNode with =
                JSON.readTree(Cli.run("check", nvidia.toString(), "--format", "json", "--overlay", pack.toString())
                        .out());
        assertThat(with.get("verdict").asText()).isEqualTo("LICENSE_REQUIRED");
        assertThat(with.get("rulebook").get("sha256"))
                .isEqualTo(bound.get("rulebook").get("sha256"));
        Path other = Files.createTempFile(home, "h20", ".json");
        Files.writeString(other, head + "\"exporter\":{\"name\":\"Example Distribution Ltd.\"}," + parties + "}");
        Cli flagged = Cli.run("check", other.toString());
        assertThat(flagged.out()).contains("NLR").contains("Red flag");
    }
}
