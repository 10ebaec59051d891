package dev.licit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.licit.core.ownership.Listing;
import dev.licit.core.ownership.OwnershipCheck;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.core.ownership.OwnershipResult;
import dev.licit.core.ownership.OwnershipRule;
import dev.licit.core.ownership.Standing;
import dev.licit.store.common.Actor;
import dev.licit.store.ownership.OwnershipStore;
import dev.licit.store.testing.Backend;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The ownership index built in the background when a snapshot is loaded (the server's way, issue 15):
 * lookups before it is ready walk the graph in full, and every answer, before and after, and across a new
 * snapshot replacing the old one, is the answer of the full walk over the same snapshot.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class OwnershipIndexingTest extends StoreTestBase {
    static final Actor IMPORTER = Actor.of("system:ownership");
    static final List<OwnershipRule> RULES = List.of(
            new OwnershipRule("ofac50", "OFAC 50 % rule", Set.of("SDN"), 50, null),
            new OwnershipRule("affiliates", "BIS Affiliates rule", Set.of("EL", "MEU", "SDN"), 50, "affiliates"));

    /** An owner is on the Entity List when its name says so: the same for every snapshot. */
    static final Function<String, List<Listing>> LISTINGS =
            name -> name.startsWith("Listed") ? List.of(new Listing("EL", name, "90 FR 47201", false)) : List.of();

    /**
     * Groups of three: a top holding owns 60 % of a middle one, which owns {@code share} % of a company; the
     * top holding of every {@code listedEvery}-th group is listed. Shares of 50 and 49.99 put companies on both
     * sides of the threshold.
     */
    static List<OwnershipLink> groups(int count, int listedEvery, String tag) {
        List<OwnershipLink> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String top = (i % listedEvery == 0 ? "Listed Top " : "Top ") + tag + " " + i;
            double share = i % 3 == 0 ? 50.0 : i % 3 == 1 ? 49.99 : 75.0;
            Double unknown = i % 7 == 0 ? null : share;
            out.add(new OwnershipLink(top, "CN", "Middle " + i, "HK", 60.0, null, null, "t"));
            out.add(new OwnershipLink("Middle " + i, "HK", "Company " + i, "MY", unknown, null, null, "t"));
        }
        return out;
    }

    static List<String> parties(int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add("Company " + i);
            out.add("Middle " + i);
        }
        out.add("Nobody Holds This Ltd");
        return out;
    }

    static OwnershipResult check(OwnershipGraph g, String party, LocalDate day) {
        return OwnershipCheck.of(party, "MY", List.of(), g, day, LISTINGS, RULES);
    }

    void put(List<OwnershipLink> links) {
        store.ownership().importLinks(links, List.of(), OwnershipStore.Mode.REPLACE, true, IMPORTER);
    }

    @Test
    void lookupsBeforeTheIndexIsReadyWalkInFullAndGiveTheAnswersItGivesAfterwards() {
        ArrayDeque<Runnable> builder = new ArrayDeque<>();
        store.ownership().buildIndexesOn(builder::add);
        LocalDate today = LocalDate.parse("2024-06-01"); // the test clock's
        put(groups(100, 4, "a"));
        OwnershipGraph g = store.ownership().graph();
        assertThat(builder)
                .as("the index asked for when the snapshot was loaded")
                .hasSize(1);
        assertThat(g.indexReady(today)).isFalse();

        OwnershipGraph walked = OwnershipGraph.unindexed(g.links());
        List<String> parties = parties(100);
        Map<String, OwnershipResult> before = new java.util.HashMap<>();
        for (String p : parties) { // 201 lookups: more than a graph without a builder takes before building
            before.put(p, check(g, p, today));
            assertThat(before.get(p)).isEqualTo(check(walked, p, today));
        }
        assertThat(g.indexReady(today))
                .as("no lookup built it on its own thread")
                .isFalse();
        assertThat(builder).hasSize(1);
        assertThat(before.values())
                .flatExtracting(OwnershipResult::outcomes)
                .extracting(o -> o.standing())
                .contains(Standing.COVERED, Standing.UNRESOLVED, Standing.CLEAR);

        builder.poll().run(); // the background thread gets to it
        assertThat(g.indexReady(today)).isTrue();
        for (String p : parties) {
            assertThat(check(g, p, today)).as(p).isEqualTo(before.get(p));
        }
    }

    @Test
    void aNewSnapshotReplacesTheOldIndexAndNoLookupEverSeesOneHalfBuilt() throws Exception {
        ExecutorService indexing = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("test-ownership-index").daemon(true).factory());
        ExecutorService lookups = Executors.newFixedThreadPool(2);
        try {
            // each build starts a moment late, as on a busy machine: lookups meet every snapshot unindexed first
            store.ownership()
                    .buildIndexesOn(task -> indexing.execute(() -> {
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        task.run();
                    }));
            LocalDate today = LocalDate.parse("2024-06-01");
            List<String> parties = parties(60);
            // each snapshot lists other top holdings: an index of the wrong snapshot would clear a covered party
            List<List<OwnershipLink>> snapshots =
                    List.of(groups(4_000, 2, "a"), groups(4_000, 3, "b"), groups(4_000, 5, "c"), groups(4_000, 2, "d"));
            put(snapshots.getFirst());

            Map<OwnershipGraph, Map<String, OwnershipResult>> expected = new IdentityHashMap<>();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger beforeReady = new AtomicInteger();
            AtomicInteger afterReady = new AtomicInteger();
            List<Future<?>> readers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                readers.add(lookups.submit(() -> {
                    while (!done.get()) {
                        OwnershipGraph g = store.ownership().graph();
                        Map<String, OwnershipResult> truth;
                        synchronized (expected) {
                            truth = expected.computeIfAbsent(g, k -> walkAll(k, parties, today));
                        }
                        for (String p : parties) {
                            boolean ready = g.indexReady(today);
                            assertThat(check(g, p, today)).as(p).isEqualTo(truth.get(p));
                            (ready ? afterReady : beforeReady).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (List<OwnershipLink> next : snapshots.subList(1, snapshots.size())) {
                Thread.sleep(300); // lookups before and after this snapshot's index is ready
                OwnershipGraph old = store.ownership().graph();
                put(next);
                OwnershipGraph now = store.ownership().graph();
                assertThat(now).isNotSameAs(old);
                assertThat(now.links()).containsExactlyElementsOf(next);
            }
            OwnershipGraph last = store.ownership().graph();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!last.indexReady(today) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(last.indexReady(today)).isTrue();
            Thread.sleep(100); // lookups on the ready index too
            done.set(true);
            for (Future<?> f : readers) {
                f.get(60, TimeUnit.SECONDS); // an assertion failed on a reader fails here
            }
            assertThat(beforeReady.get()).isPositive();
            assertThat(afterReady.get()).isPositive();
            assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
        } finally {
            lookups.shutdownNow();
            indexing.shutdownNow();
        }
    }

    private static Map<String, OwnershipResult> walkAll(OwnershipGraph g, List<String> parties, LocalDate day) {
        OwnershipGraph walked = OwnershipGraph.unindexed(g.links());
        Map<String, OwnershipResult> out = new java.util.HashMap<>();
        for (String p : parties) {
            out.put(p, check(walked, p, day));
        }
        return out;
    }

    @Test
    void withoutABuilderTheStoreLeavesTheIndexToTheLookupsAsBefore() {
        put(groups(10, 2, "a"));
        OwnershipGraph g = store.ownership().graph();
        assertThat(g.indexReady(LocalDate.parse("2024-06-01"))).isFalse();
        for (String p : parties(40)) {
            check(g, p, LocalDate.parse("2024-06-01"));
        }
        assertThat(g.indexReady(LocalDate.parse("2024-06-01"))).isTrue(); // built by the 65th lookup
    }
}
