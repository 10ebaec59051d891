package dev.licit.store.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.common.StoreConfig;
import dev.licit.store.internal.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing wakes the idle writer instead of waiting for it to notice. */
class GroupCommitterCloseTest {
    @TempDir
    Path home;

    @Test
    void closingAnIdleCommitterReturnsAtOnceAndRefusesLaterDecisions() throws Exception {
        try (Database db = Database.open(StoreConfig.embedded(home))) {
            GroupCommitter committer = new GroupCommitter(db, Clock.systemUTC(), (h, batch, at) -> Map.of(), null);
            Thread.sleep(100); // the writer is waiting for work
            long start = System.nanoTime();
            committer.close();
            // an idle writer that close() did not wake would hold it up to the 30 s join limit
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            CompletableFuture<StoredDecision> late = committer.submit(null);
            assertThat(late).isCompletedExceptionally();
        }
    }
}
