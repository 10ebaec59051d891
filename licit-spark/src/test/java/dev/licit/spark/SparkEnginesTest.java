package dev.licit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.licit.batch.Fixtures;
import dev.licit.batch.generate.OrderGenerator;
import dev.licit.batch.generate.OwnershipGenerator;
import dev.licit.batch.generate.PartyGenerator;
import dev.licit.batch.ownership.CoveredRule;
import dev.licit.batch.ownership.CoveredSummary;
import dev.licit.batch.ownership.LocalCovered;
import dev.licit.batch.pipeline.Progress;
import dev.licit.batch.replay.LocalReplay;
import dev.licit.batch.replay.ReplayPlan;
import dev.licit.batch.replay.ReplaySummary;
import dev.licit.batch.replay.RulebookSource;
import dev.licit.batch.screen.HitRow;
import dev.licit.batch.screen.LocalBatchScreen;
import dev.licit.batch.screen.ScreenSummary;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.InputException;
import dev.licit.core.io.RulebookLoader;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.imports.SourceFile;
import dev.licit.screening.list.ListSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark jobs against the single-process engine on the same small inputs: both must find every planted
 * name, give the same hits (byte for byte), and report the same changed orders. One local[2] session for
 * the class.
 */
class SparkEnginesTest {
    static SparkSession spark;
    static ListSnapshot curated;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSessions.create("local[2]", "licit-spark tests");
        curated = ListStore.curated();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void spark_and_local_find_every_planted_name_with_the_same_hits_from_csv_and_parquet() throws IOException {
        Path parties = dir.resolve("parties.csv");
        Path planted = dir.resolve("planted.csv");
        PartyGenerator.write(parties, planted, 300, 0.1, 21, curated.entries());
        Map<String, String> truth = Fixtures.planted(planted);
        assertThat(truth).hasSize(30);

        Path local = dir.resolve("hits-local.csv");
        Path sparkCsv = dir.resolve("hits-spark.csv");
        ScreenSummary l = LocalBatchScreen.run(parties, local, Screener.of(curated), 2, 0, Progress.silent());
        ScreenSummary s = SparkBatchScreen.run(spark, parties, sparkCsv, curated, 0, Progress.silent());

        assertThat(Files.readString(sparkCsv)).isEqualTo(Files.readString(local));
        assertThat(s.parties()).isEqualTo(l.parties()).isEqualTo(300);
        assertThat(s.partiesWithHits()).isEqualTo(l.partiesWithHits());
        assertThat(s.byList()).isEqualTo(l.byList());
        everyPlantedFound(truth, sparkCsv);

        // the same parties as Parquet, written by Spark: read by Spark and by the local engine (Hardwood)
        Path parquetDir = dir.resolve("parties-parquet");
        spark.read()
                .option("header", "true")
                .option("escape", "\"")
                .csv(parties.toString())
                .coalesce(1)
                .write()
                .parquet(parquetDir.toString());
        Path parquet;
        try (Stream<Path> files = Files.list(parquetDir)) {
            parquet = files.filter(f -> f.getFileName().toString().endsWith(".parquet"))
                    .findFirst()
                    .orElseThrow();
        }
        Path localParquet = dir.resolve("hits-local-parquet.csv");
        Path sparkParquet = dir.resolve("hits-spark-parquet.csv");
        LocalBatchScreen.run(parquet, localParquet, Screener.of(curated), 2, 0, Progress.silent());
        SparkBatchScreen.run(spark, parquet, sparkParquet, curated, 0, Progress.silent());
        assertThat(Files.readString(localParquet)).isEqualTo(Files.readString(local));
        assertThat(Files.readString(sparkParquet)).isEqualTo(Files.readString(local));
    }

    @Test
    void spark_and_local_replay_report_the_same_changed_orders() throws IOException {
        Path orders = dir.resolve("orders.jsonl");
        OrderGenerator.write(
                orders,
                300,
                13,
                CatalogReader.loadDefault(),
                LocalDate.parse("2023-06-01"),
                LocalDate.parse("2026-06-30"));
        Path proposed = Fixtures.proposedRulebook(dir.resolve("proposed"));
        ReplayPlan plan = new ReplayPlan(RulebookSource.shipped(), null, RulebookSource.capture(proposed), null, false);

        Path local = dir.resolve("changes-local.jsonl");
        Path viaSpark = dir.resolve("changes-spark.jsonl");
        ReplaySummary l = LocalReplay.run(orders, local, plan, 2, 0, Progress.silent());
        ReplaySummary s = SparkReplay.run(spark, orders, viaSpark, plan, 0, Progress.silent());

        assertThat(l.changed()).isPositive();
        assertThat(Files.readString(viaSpark)).isEqualTo(Files.readString(local));
        assertThat(s.orders()).isEqualTo(300);
        assertThat(s.changed()).isEqualTo(l.changed());
        assertThat(s.transitions()).isEqualTo(l.transitions());
        assertThat(s.reasonsAdded()).isEqualTo(l.reasonsAdded());
        assertThat(s.valueUsd()).isEqualTo(l.valueUsd());
    }

    @Test
    void spark_and_local_give_the_same_covered_set_byte_for_byte() throws IOException {
        Path graph = dir.resolve("ownership.csv");
        Path listed = dir.resolve("ownership.listed.csv");
        OwnershipGenerator.write(graph, listed, 20_000, 17);
        LocalDate day = LocalDate.parse("2026-12-06");
        List<CoveredRule> rules =
                CoveredRule.inForce(RulebookLoader.loadDefault().on(day), null);
        assertThat(rules).extracting(CoveredRule::id).containsExactly("ofac50", "affiliates");

        Path local = dir.resolve("covered-local.csv");
        Path viaSpark = dir.resolve("covered-spark.csv");
        CoveredSummary l = LocalCovered.run(graph, listed, local, day, rules);
        CoveredSummary s = SparkCovered.run(spark, graph, listed, viaSpark, day, rules);

        assertThat(l.byStanding()).containsKeys("affiliates COVERED", "affiliates UNRESOLVED", "affiliates DOUBTFUL");
        assertThat(Files.readString(viaSpark)).isEqualTo(Files.readString(local));
        assertThat(s.byStanding()).isEqualTo(l.byStanding());
        assertThat(s.links()).isEqualTo(l.links());
        assertThat(s.entities()).isEqualTo(l.entities());
        assertThat(s.selfLinks()).isEqualTo(l.selfLinks());
        assertThat(s.cycles()).isEqualTo(l.cycles()).isPositive();
        assertThat(s.entitiesInCycles()).isEqualTo(l.entitiesInCycles());
    }

    @Test
    void spark_and_local_screen_with_an_ownership_graph_byte_for_byte() throws Exception {
        Path graph = dir.resolve("screen-ownership.csv");
        Path listed = dir.resolve("screen-ownership.listed.csv");
        OwnershipGenerator.write(graph, listed, 6_000, 29);
        ListSnapshot lists = Fixtures.listedSnapshot(listed);
        Path parties = Fixtures.ownedParties(graph, dir.resolve("screen-ownership-parties.csv"), 1);
        LocalDate day = LocalDate.parse("2026-12-06");

        Path local = dir.resolve("owned-hits-local.csv");
        Path viaSpark = dir.resolve("owned-hits-spark.csv");
        BothEngines both = BothEngines.screenWithOwnership(spark, parties, lists, graph, day, null, local, viaSpark);
        ScreenSummary l = both.local();
        ScreenSummary s = both.spark();

        // covered, unresolved (an unknown share) and doubtful (a possible match) parties, under both rules
        assertThat(l.byBand()).containsKeys("COVERED", "UNRESOLVED", "DOUBTFUL");
        String text = Files.readString(local);
        assertThat(text)
                .startsWith(HitRow.HEADER_WITH_OWNERSHIP + "\n")
                .contains(",ownership:affiliates,")
                .contains(",ownership:ofac50,");
        assertThat(Files.readString(viaSpark)).isEqualTo(text);
        assertThat(s.byBand()).isEqualTo(l.byBand());
        assertThat(s.byList()).isEqualTo(l.byList());
        assertThat(s.parties()).isEqualTo(l.parties());
        assertThat(s.partiesWithHits()).isEqualTo(l.partiesWithHits());

        // the Affiliates rule suspended by posture: no affiliates rows on either engine, the same file
        Path localSuspended = dir.resolve("owned-hits-local-suspended.csv");
        Path sparkSuspended = dir.resolve("owned-hits-spark-suspended.csv");
        BothEngines.screenWithOwnership(spark, parties, lists, graph, day, "suspended", localSuspended, sparkSuspended);
        assertThat(Files.readString(localSuspended))
                .doesNotContain("ownership:affiliates")
                .contains("ownership:ofac50");
        assertThat(Files.readString(sparkSuspended)).isEqualTo(Files.readString(localSuspended));
    }

    @Test
    void an_owner_whose_name_holds_a_line_break_gives_the_same_file_on_both_engines() throws Exception {
        // a quoted CSV field may hold a line break; the Spark job's part files are read back by lines, so the
        // reader's folding it to a space (as every run of blanks) is what keeps the two files equal
        Path graph = dir.resolve("line-break-graph.csv");
        Files.writeString(
                graph,
                "owner,owned,percent,startDate,endDate,source\n"
                        + "\"Huawei Technologies\nCo., Ltd.\",Lotus Holdings Ltd,100,,,register\n"
                        + "Lotus Holdings Ltd,Penang Edge Compute Sdn Bhd,60,,,\"a\\b\"\n");
        Path parties = dir.resolve("line-break-parties.csv");
        Files.writeString(parties, "id,name,country\np1,Penang Edge Compute Sdn Bhd,MY\np2,Lotus Holdings Ltd,HK\n");
        LocalDate day = LocalDate.parse("2026-12-06");
        Path local = dir.resolve("line-break-local.csv");
        Path viaSpark = dir.resolve("line-break-spark.csv");
        BothEngines.screenWithOwnership(spark, parties, curated, graph, day, null, local, viaSpark);
        assertThat(Files.readString(local))
                .contains("owned by listed parties: Huawei Technologies Co., Ltd. 100 %")
                .contains("COVERED");
        assertThat(Files.readString(viaSpark)).isEqualTo(Files.readString(local));
    }

    @Test
    void a_bad_ownership_graph_is_refused_on_the_driver_with_its_line_and_nothing_is_written() throws Exception {
        Path graph = dir.resolve("bad-graph.csv");
        Files.writeString(
                graph, "owner,owned,percent,startDate,endDate,source\nA Ltd,B Ltd,50,,,x\nA Ltd,C Ltd,150,,,x\n");
        Path parties = dir.resolve("bad-graph-parties.csv");
        Files.writeString(parties, "id,name,country\np1,B Ltd,DE\n");
        Path out = dir.resolve("bad-graph-hits.csv");
        assertThatThrownBy(() -> SparkBatchScreen.run(
                        spark,
                        parties,
                        out,
                        curated,
                        new SparkBatchScreen.Ownership(SourceFile.read(graph), LocalDate.parse("2026-12-06"), null),
                        0,
                        Progress.silent()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("bad-graph.csv:3");
        assertThat(out).doesNotExist();
    }

    private static void everyPlantedFound(Map<String, String> truth, Path hitsCsv) throws IOException {
        Map<String, Set<String>> hits = Fixtures.hitsById(hitsCsv);
        truth.forEach((id, entry) -> assertThat(hits.getOrDefault(id, Set.of()))
                .as("planted party %s (entry %s)", id, entry)
                .contains(entry));
    }
}
