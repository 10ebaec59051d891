package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.store.audit.ChainCheck;
import dev.licit.store.common.Actor;
import dev.licit.store.keys.KeyRole;
import dev.licit.store.testing.Backend;
import dev.licit.store.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code audit verify} while others write: four threads record decisions (with cases) and create
 * keys as fast as they can; every verify meanwhile holds. Rows and head read in different
 * snapshots made "rows at the end were deleted" appear under any load.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class VerifyUnderLoadTest extends StoreTestBase {

    @Test
    void verifyRaisesNoFalseAlarmWhileFourThreadsWrite() throws Exception {
        Fixtures.record(store, Fixtures.h100ToVietnam("SO-0", 8));
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> written = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                int thread = t;
                written.add(writers.submit(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        if (n % 4 == 3) {
                            store.keys().create("k" + thread + "-" + n, KeyRole.REQUESTER, Actor.of("t" + thread));
                        } else {
                            Fixtures.record(
                                    store,
                                    n % 2 == 0
                                            ? Fixtures.h100ToVietnam("LR-" + thread + "-" + n, 8)
                                            : Fixtures.order(
                                                    "N-" + thread + "-" + n,
                                                    "2024-06-01",
                                                    "DE",
                                                    "Siemens AG",
                                                    "DE",
                                                    "nvidia-h100-sxm5-80gb",
                                                    1,
                                                    10.0));
                        }
                        n++;
                    }
                    return n;
                }));
            }
            List<String> alarms = new ArrayList<>();
            long deadline = System.nanoTime() + 6_000_000_000L;
            int verifies = 0;
            while (System.nanoTime() < deadline || verifies < 10) {
                ChainCheck check = store.audit().verify();
                verifies++;
                if (!check.ok()) {
                    alarms.add(check.problem());
                }
            }
            stop.set(true);
            int total = 0;
            for (Future<Integer> f : written) {
                total += f.get();
            }
            assertThat(total).as("writes while verifying").isGreaterThan(20);
            assertThat(alarms)
                    .as(verifies + " verifies during " + total + " writes")
                    .isEmpty();
        } finally {
            stop.set(true);
            writers.shutdown();
        }
        assertThat(store.audit().verify().ok()).isTrue();
    }
}
