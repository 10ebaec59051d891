package dev.licit.spark;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.licit.batch.screen.LocalBatchScreen;
import dev.licit.batch.screen.ScreenSummary;
import dev.licit.core.io.CatalogReader;
import dev.licit.core.io.RulebookLoader;
import dev.licit.screening.ListStore;
import dev.licit.screening.Screener;
import dev.licit.screening.list.ListSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three Spark jobs (batch screening, with and without an ownership graph, replay, the covered set) on a real standalone cluster, a master
 * and a worker in their own JVMs and the executors in the worker's, with the same output as the
 * single-process engines: what local[*] cannot show (closures and broadcasts serialized to another JVM,
 * part files written by another process).
 */
class StandaloneClusterTest {
    @TempDir
    static Path dir;

    static StandaloneCluster cluster;
    static SparkSession spark;

    @BeforeAll
    static void start() throws Exception {
        cluster = StandaloneCluster.start(dir);
        spark = SparkSession.builder()
                .appName("licit-spark standalone tests")
                .master(cluster.masterUrl)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.executor.memory", "1g")
                .config("spark.cores.max", "2")
                .config("spark.executor.extraClassPath", cluster.executorClassPath)
                .config("spark.executor.extraJavaOptions", cluster.executorJavaOptions)
                .getOrCreate();
    }

    @AfterAll
    static void stop() throws Exception {
        if (spark != null) {
            spark.stop();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void the_session_runs_on_the_standalone_master() {
        assertThat(spark.sparkContext().master()).isEqualTo(cluster.masterUrl).startsWith("spark://127.0.0.1:");
    }

    @Test
    void batch_screening_on_the_cluster_gives_the_local_engines_hits() throws Exception {
        ListSnapshot curated = ListStore.curated();
        Path parties = dir.resolve("parties.csv");
        PartyGenerator.write(parties, dir.resolve("planted.csv"), 200, 0.1, 21, curated.entries());
        Path local = dir.resolve("hits-local.csv");
        Path viaCluster = dir.resolve("hits-cluster.csv");
        LocalBatchScreen.run(parties, local, Screener.of(curated), 2, 0, Progress.silent());
        SparkBatchScreen.run(spark, parties, viaCluster, curated, 0, Progress.silent());
        assertThat(Files.readAllLines(local)).hasSizeGreaterThan(1);
        assertThat(Files.readString(viaCluster)).isEqualTo(Files.readString(local));
    }

    @Test
    void batch_screening_with_an_ownership_graph_on_the_cluster_gives_the_local_engines_rows() throws Exception {
        Path graph = dir.resolve("screen-ownership.csv");
        Path listed = dir.resolve("screen-ownership.listed.csv");
        OwnershipGenerator.write(graph, listed, 3_000, 29);
        ListSnapshot lists = Fixtures.listedSnapshot(listed);
        Path parties = Fixtures.ownedParties(graph, dir.resolve("screen-ownership-parties.csv"), 1);
        LocalDate day = LocalDate.parse("2026-12-06");
        Path local = dir.resolve("owned-hits-local.csv");
        Path viaCluster = dir.resolve("owned-hits-cluster.csv");
        ScreenSummary l = BothEngines.screenWithOwnership(spark, parties, lists, graph, day, null, local, viaCluster)
                .local();
        assertThat(l.byBand()).containsKeys("COVERED", "UNRESOLVED");
        assertThat(Files.readString(viaCluster)).isEqualTo(Files.readString(local));
    }

    @Test
    void replay_on_the_cluster_reports_the_local_engines_changes() throws Exception {
        Path orders = dir.resolve("orders.jsonl");
        OrderGenerator.write(
                orders,
                200,
                13,
                CatalogReader.loadDefault(),
                LocalDate.parse("2023-06-01"),
                LocalDate.parse("2026-06-30"));
        Path proposed = Fixtures.proposedRulebook(dir.resolve("proposed"));
        ReplayPlan plan = new ReplayPlan(RulebookSource.shipped(), null, RulebookSource.capture(proposed), null, false);
        Path local = dir.resolve("changes-local.jsonl");
        Path viaCluster = dir.resolve("changes-cluster.jsonl");
        ReplaySummary l = LocalReplay.run(orders, local, plan, 2, 0, Progress.silent());
        SparkReplay.run(spark, orders, viaCluster, plan, 0, Progress.silent());
        assertThat(l.changed()).isPositive();
        assertThat(Files.readString(viaCluster)).isEqualTo(Files.readString(local));
    }

    @Test
    void the_covered_set_on_the_cluster_is_the_single_process_one() throws Exception {
        Path graph = dir.resolve("ownership.csv");
        Path listed = dir.resolve("ownership.listed.csv");
        OwnershipGenerator.write(graph, listed, 5_000, 23);
        LocalDate day = LocalDate.parse("2026-12-06");
        List<CoveredRule> rules =
                CoveredRule.inForce(RulebookLoader.loadDefault().on(day), null);
        Path local = dir.resolve("covered-local.csv");
        Path viaCluster = dir.resolve("covered-cluster.csv");
        CoveredSummary l = LocalCovered.run(graph, listed, local, day, rules);
        CoveredSummary s = SparkCovered.run(spark, graph, listed, viaCluster, day, rules);
        assertThat(l.byStanding()).containsKey("affiliates COVERED");
        assertThat(Files.readString(viaCluster)).isEqualTo(Files.readString(local));
        assertThat(s.engine()).isEqualTo("spark " + cluster.masterUrl);
    }
}
