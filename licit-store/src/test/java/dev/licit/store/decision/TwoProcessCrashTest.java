package dev.licit.store.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.LicitStore;
import dev.licit.store.audit.ChainCheck;
import dev.licit.store.common.StoreConfig;
import dev.licit.store.testing.Fixtures;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one H2 home ({@code AUTO_SERVER}, as a server and the CLI beside it): the one
 * hosting the database is killed ({@code kill -9}) while the other's decisions are committed in the
 * host's memory and only in the other's journal. The survivor becomes the host, on the file as it
 * was on disk; its next checkpoint must not delete its journal as if that checkpoint covered those
 * decisions. Every decision it acknowledged is there after a restart, and the chain verifies.
 */
class TwoProcessCrashTest {
    @TempDir
    Path home;

    @Test
    void decisionsAcknowledgedByTheSurvivorOutliveTheDeathOfTheProcessHostingTheDatabase() throws Exception {
        Path file = home.resolve("db").resolve("licit");
        String url = "jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=3600000";
        Process host = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        JournalHost.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        List<String> acknowledged = new ArrayList<>();
        String previous = System.getProperty(GroupCommitter.CHECKPOINT_PROPERTY);
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("HOSTING")) {
                // the host's start-up chatter
            }
            assertThat(line).as("the host process started").isEqualTo("HOSTING");

            // no checkpoint of the survivor before the crash: its decisions are in the host's memory and its journal
            // only
            System.setProperty(GroupCommitter.CHECKPOINT_PROPERTY, Long.toString(3_600_000));
            LicitStore survivor = LicitStore.open(StoreConfig.url(url, "sa", ""));
            try {
                List<CompletableFuture<StoredDecision>> acks = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    String order = i % 2 == 0
                            ? Fixtures.h100ToVietnam("LR-" + i, 8)
                            : Fixtures.order(
                                    "NLR-" + i,
                                    "2024-06-01",
                                    "DE",
                                    "Siemens AG",
                                    "DE",
                                    "nvidia-h100-sxm5-80gb",
                                    2,
                                    null);
                    acks.add(survivor.decisions().submit(Fixtures.decide(survivor, order)));
                }
                acks.forEach(a -> acknowledged.add(a.join().id()));

                host.destroyForcibly(); // SIGKILL: no close, no checkpoint
                assertThat(host.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                survivor.close(); // its last checkpoint runs on the database as the file had it
            }
        } finally {
            host.destroyForcibly();
            if (previous == null) {
                System.clearProperty(GroupCommitter.CHECKPOINT_PROPERTY);
            } else {
                System.setProperty(GroupCommitter.CHECKPOINT_PROPERTY, previous);
            }
        }

        try (LicitStore restarted = LicitStore.open(StoreConfig.embedded(home))) {
            List<String> stored = restarted.decisions().list(null, null).stream()
                    .map(DecisionSummary::decisionId)
                    .toList();
            assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
            ChainCheck check = restarted.audit().verify();
            assertThat(check.ok()).as(check.problem()).isTrue();
        }
    }
}
