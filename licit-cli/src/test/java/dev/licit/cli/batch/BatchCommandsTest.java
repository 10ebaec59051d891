package dev.licit.cli.batch;

import static dev.licit.cli.testing.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.cli.Licit;
import dev.licit.cli.testing.CliRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** licit generate, licit batch screen and licit replay, in-process, with the Spark engine as a real child JVM. */
class BatchCommandsTest {
    @TempDir
    static Path dir;

    static String previousHome;

    @BeforeAll
    static void home() {
        previousHome = System.getProperty("licit.home");
        System.setProperty("licit.home", dir.resolve("home").toString()); // nothing imported: the curated list
    }

    @AfterAll
    static void restore() {
        if (previousHome == null) {
            System.clearProperty("licit.home");
        } else {
            System.setProperty("licit.home", previousHome);
        }
    }

    @Test
    void ownership_covered_with_both_engines_writes_the_same_rows_and_refuses_a_bad_graph_with_its_line()
            throws IOException {
        Path graph = dir.resolve("ownership.csv");
        CliRun g = run("generate", "ownership", "--links", "3000", "--output", graph.toString(), "--seed", "5");
        assertThat(g.exit()).as(g.err()).isZero();
        assertThat(g.out()).contains("3,000 ownership links");
        Path listed = dir.resolve("ownership.listed.csv");
        assertThat(listed).exists();

        Path local = dir.resolve("covered-local.csv");
        CliRun l = run(covered(graph.toString(), listed.toString(), local.toString(), "--date", "2026-12-06"));
        assertThat(l.exit()).as(l.err()).isZero();
        assertThat(l.out()).contains("(ofac50, affiliates, local)").contains("affiliates COVERED");
        Path viaSpark = dir.resolve("covered-spark.csv");
        CliRun s = run(covered(
                graph.toString(),
                listed.toString(),
                viaSpark.toString(),
                "--date",
                "2026-12-06",
                "--engine",
                "spark",
                "--master",
                "local[2]"));
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(Files.readString(viaSpark)).isEqualTo(Files.readString(local));
        // during the suspension only OFAC's rule is computed
        CliRun suspended = run(covered(
                graph.toString(),
                listed.toString(),
                dir.resolve("covered-2026-01.csv").toString(),
                "--date",
                "2026-01-15"));
        assertThat(suspended.out()).contains("(ofac50, local)").doesNotContain("affiliates");

        Path bad = dir.resolve("bad-ownership.csv");
        Files.writeString(bad, "owner,owned,percent,startDate,endDate,source\nA Co,B Co,55,,,t\nA Co,C Co,150,,,t\n");
        CliRun refused = run(covered(
                bad.toString(), listed.toString(), dir.resolve("never.csv").toString(), "--date", "2026-12-06"));
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("bad-ownership.csv:3").contains("150");
        assertThat(dir.resolve("never.csv")).doesNotExist();
    }

    @Test
    void ownership_covered_without_a_date_takes_today_from_the_run_clock_not_the_system_clock() {
        Path graph = dir.resolve("ownership-clock.csv");
        CliRun g = run("generate", "ownership", "--links", "200", "--output", graph.toString(), "--seed", "7");
        assertThat(g.exit()).as(g.err()).isZero();
        Path listed = dir.resolve("ownership-clock.listed.csv");
        // the Affiliates rule was suspended on 2026-01-15 and in force again on 2026-12-06: which rules
        // the summary names shows which day the command took for today
        assertThat(coveredOn(Instant.parse("2026-01-15T12:00:00Z"), graph, listed))
                .contains("(ofac50, local)")
                .doesNotContain("affiliates");
        assertThat(coveredOn(Instant.parse("2026-12-06T12:00:00Z"), graph, listed))
                .contains("(ofac50, affiliates, local)");
    }

    /** {@code licit ownership covered} of a graph and its listed entities into a file, then any other options. */
    private static String[] covered(String graph, String listed, String output, String... more) {
        return concat(List.of("ownership", "covered", "--graph", graph, "--listed", listed, "--output", output), more);
    }

    private static String coveredOn(Instant now, Path graph, Path listed) {
        String[] args = covered(
                graph.toString(),
                listed.toString(),
                dir.resolve("covered-" + now.toEpochMilli() + ".csv").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Licit.commandLineFor(System.in, Clock.fixed(now, ZoneOffset.UTC), args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute(args)).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void batch_screen_with_both_engines_finds_every_planted_name_and_writes_the_same_hits() throws IOException {
        Path parties = dir.resolve("customers.csv");
        CliRun g = run(
                "generate",
                "parties",
                "--count",
                "250",
                "--planted-share",
                "0.08",
                "--seed",
                "4",
                "--output",
                parties.toString());
        assertThat(g.exit()).as(g.err()).isZero();
        Path planted = dir.resolve("customers.planted.csv");
        assertThat(g.out()).contains("250 parties written").contains("20 planted");

        Path local = dir.resolve("hits-local.csv");
        CliRun l = run("batch", "screen", "--input", parties.toString(), "--output", local.toString(), "--quiet");
        assertThat(l.exit()).as(l.err()).isZero();
        assertThat(l.out()).contains("batch screen (local): 250 parties").contains("refused rows       0");

        Path viaSpark = dir.resolve("hits-spark.csv");
        CliRun s = run(
                "batch",
                "screen",
                "--input",
                parties.toString(),
                "--output",
                viaSpark.toString(),
                "--engine",
                "spark",
                "--master",
                "local[2]",
                "--format",
                "json");
        assertThat(s.exit()).as(s.err()).isZero();
        assertThat(s.out()).contains("\"engine\" : \"spark local[2]\"").contains("\"parties\" : 250");
        assertThat(Files.readString(viaSpark)).isEqualTo(Files.readString(local));

        Map<String, Set<String>> hits = new HashMap<>();
        for (String line : Files.readAllLines(viaSpark)
                .subList(1, Files.readAllLines(viaSpark).size())) {
            String[] f = line.split(
                    ",", 5); // id,name,list,entryId: generated ids and planted names hold no commas before entryId
            hits.computeIfAbsent(f[0], k -> new HashSet<>()).add(line);
        }
        List<String> truth = Files.readAllLines(planted, StandardCharsets.UTF_8);
        assertThat(truth).hasSize(21);
        for (String row : truth.subList(1, truth.size())) {
            String id = row.substring(0, row.indexOf(','));
            String entry = entryOf(row);
            assertThat(hits.getOrDefault(id, Set.of()))
                    .as("planted %s", row)
                    .anyMatch(h -> h.contains("," + entry + ","));
        }
    }

    /** The entryId column of a planted row: the one starting with the curated list's id prefix. */
    private static String entryOf(String row) {
        for (String f : row.split(",")) {
            if (f.startsWith("ac-")) {
                return f;
            }
        }
        throw new AssertionError("no entry id in " + row);
    }

    @Test
    void replay_reports_the_orders_the_proposed_rulebook_flips_and_refuses_a_broken_line_by_its_line()
            throws IOException {
        Path orders = dir.resolve("orders.jsonl");
        assertThat(run(
                                "generate",
                                "orders",
                                "--count",
                                "200",
                                "--seed",
                                "8",
                                "--from",
                                "2024-01-01",
                                "--output",
                                orders.toString())
                        .exit())
                .isZero();
        Path proposed = copyRules(dir.resolve("proposed"));
        Path changes = dir.resolve("changes.jsonl");
        CliRun r = run(
                "replay",
                "--orders",
                orders.toString(),
                "--rules",
                proposed.toString(),
                "--output",
                changes.toString(),
                "--quiet");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("replay (local): 200 orders")
                .contains("candidate  rules in " + proposed)
                .contains("verdict changed")
                .contains("customers affected");
        List<String> lines = Files.readAllLines(changes);
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\"changes\":[\"VERDICT\""));
        assertThat(r.out()).contains("verdict changed          " + lines.size() + " orders");

        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(
                broken, Files.readAllLines(orders).getFirst() + "\n{\"id\": \"SO-X\", \"date\": \"2024-13-01\"}\n");
        Path none = dir.resolve("none.jsonl");
        CliRun bad = run(
                "replay",
                "--orders",
                broken.toString(),
                "--as-of",
                "2025-01-20",
                "--output",
                none.toString(),
                "--quiet");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("broken.jsonl:2: date: is not an ISO date");
        assertThat(bad.out()).isEmpty();
        assertThat(none).doesNotExist();
    }

    @Test
    void batch_screen_with_an_ownership_graph_writes_the_path_of_a_party_covered_through_its_owners()
            throws IOException {
        Path parties = dir.resolve("owned-parties.csv");
        Files.writeString(
                parties,
                "id,name,country\n"
                        + "p1,Penang Edge Compute Sdn Bhd,MY\n"
                        + "p2,Kuala Lumpur Systems Sdn Bhd,MY\n"
                        + "p3,Lonely Traders GmbH,DE\n");
        Path graph = dir.resolve("owned-graph.csv");
        Files.writeString(
                graph,
                "owner,owned,percent,startDate,endDate,source\n"
                        + "\"Huawei Technologies Co., Ltd.\",Lotus Holdings Ltd,100,,,register\n"
                        + "Lotus Holdings Ltd,Penang Edge Compute Sdn Bhd,60,,,register\n"
                        + "\"Huawei Technologies Co., Ltd.\",Kuala Lumpur Systems Sdn Bhd,49.99,,,register\n");
        Path out = dir.resolve("owned-hits.csv");
        List<String> screen = List.of(
                "batch",
                "screen",
                "--input",
                parties.toString(),
                "--output",
                out.toString(),
                "--ownership",
                graph.toString());
        CliRun r = run(concat(screen, "--date", "2026-12-06", "--quiet"));
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst())
                .isEqualTo("id,name,list,entryId,listedName,score,band,matchedAlias,explanation,ownership");
        // 60 % through a holding wholly owned by an Entity List party: covered under the Affiliates rule
        assertThat(lines)
                .anySatisfy(
                        l -> assertThat(l)
                                .startsWith("p1,Penang Edge Compute Sdn Bhd,EL,ownership:affiliates,"
                                        + "\"Huawei Technologies Co., Ltd.\",0.600,COVERED,")
                                .contains(
                                        "Penang Edge Compute Sdn Bhd is 60 % owned by listed parties: Lotus Holdings Ltd 60 %"
                                                + " (itself owned by listed parties: Huawei Technologies Co., Ltd. 100 % (Entity List"));
        // 49.99 % is below the threshold; a party without owners has no ownership row
        assertThat(lines).noneMatch(l -> l.startsWith("p2,") && l.contains("ownership:"));
        assertThat(lines).noneMatch(l -> l.startsWith("p3,"));
        assertThat(r.out()).contains("COVERED");

        CliRun noDate = run(concat(screen));
        assertThat(noDate.exit()).isEqualTo(2);
        assertThat(noDate.err()).contains("--ownership needs --date");
        CliRun badPosture = run(concat(screen, "--date", "2026-12-06", "--affiliates", "maybe"));
        assertThat(badPosture.exit()).isEqualTo(2);
        assertThat(badPosture.err()).contains("--affiliates takes applies or suspended, not 'maybe'");
    }

    @Test
    void batch_screen_with_an_ownership_graph_writes_the_same_rows_with_both_engines() throws IOException {
        Path parties = dir.resolve("owned-both-parties.csv");
        Files.writeString(
                parties,
                "id,name,country\n"
                        + "p1,Penang Edge Compute Sdn Bhd,MY\n"
                        + "p2,Kuala Lumpur Systems Sdn Bhd,MY\n"
                        + "p3,Johor Unknown Share Sdn Bhd,MY\n"
                        + "p4,Lonely Traders GmbH,DE\n");
        Path graph = dir.resolve("owned-both-graph.csv");
        Files.writeString(
                graph,
                "owner,owned,percent,startDate,endDate,source\n"
                        + "\"Huawei Technologies Co., Ltd.\",Lotus Holdings Ltd,100,,,register\n"
                        + "Lotus Holdings Ltd,Penang Edge Compute Sdn Bhd,60,,,register\n"
                        + "\"Huawei Technologies Co., Ltd.\",Kuala Lumpur Systems Sdn Bhd,49.99,,,register\n"
                        + "\"Huawei Technologies Co., Ltd.\",Johor Unknown Share Sdn Bhd,,,,register\n");
        for (String posture : List.of("applies", "suspended")) {
            Path local = dir.resolve("owned-both-local-" + posture + ".csv");
            Path viaSpark = dir.resolve("owned-both-spark-" + posture + ".csv");
            List<String> common = List.of(
                    "batch",
                    "screen",
                    "--input",
                    parties.toString(),
                    "--ownership",
                    graph.toString(),
                    "--date",
                    "2026-12-06",
                    "--affiliates",
                    posture,
                    "--quiet",
                    "--output");
            CliRun l = run(concat(common, local.toString()));
            assertThat(l.exit()).as(l.err()).isZero();
            CliRun s = run(concat(common, viaSpark.toString(), "--engine", "spark", "--master", "local[2]"));
            assertThat(s.exit()).as(s.err()).isZero();
            assertThat(s.out()).contains("batch screen (spark local[2])");
            String text = Files.readString(local);
            assertThat(Files.readString(viaSpark)).isEqualTo(text);
            if (posture.equals("applies")) {
                // covered 60 % through a holding; Red Flag 29 on the unknown share; 49.99 % is clear
                assertThat(text)
                        .contains("p1,Penang Edge Compute Sdn Bhd,EL,ownership:affiliates,")
                        .contains("p3,Johor Unknown Share Sdn Bhd,EL,ownership:affiliates,")
                        .contains(",UNRESOLVED,");
            } else {
                assertThat(text).doesNotContain("ownership:affiliates");
            }
            assertThat(text).doesNotContain("p2,Kuala Lumpur Systems Sdn Bhd,EL,ownership:");
        }
    }

    private static String[] concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }

    @Test
    void bad_usage_is_refused_with_exit_2_and_a_message() throws IOException {
        Path noName = dir.resolve("no-name.csv");
        Files.writeString(noName, "id,company,country\n1,Acme,US\n");
        CliRun missing = run(
                "batch",
                "screen",
                "--input",
                noName.toString(),
                "--output",
                dir.resolve("x.csv").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no-name.csv:1: the header lacks the column(s) name");

        CliRun master = run(
                "batch",
                "screen",
                "--input",
                noName.toString(),
                "--output",
                dir.resolve("x.csv").toString(),
                "--master",
                "local[2]");
        assertThat(master.exit()).isEqualTo(2);
        assertThat(master.err()).contains("--master applies to --engine spark only");

        CliRun both = run("replay", "--orders", "o.jsonl", "--rules", "r", "--as-of", "2025-01-01", "--output", "x");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    private static Path copyRules(Path into) throws IOException {
        Path src = Path.of("").toAbsolutePath().getParent().resolve("rules");
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path t = into.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Path f = into.resolve("classification/3a090-2023.yaml");
        Files.writeString(f, Files.readString(f).replace("4800", "4000"));
        return into;
    }
}
