package dev.licit.cli;

import dev.licit.cli.store.StoreChoice;
import dev.licit.cli.store.StoreOptions;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.screening.Screener;
import dev.licit.screening.fetch.FetchState;
import dev.licit.screening.fetch.ListAges;
import dev.licit.screening.list.SnapshotInfo;
import dev.licit.store.LicitStore;
import dev.licit.store.desk.OrderDesk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;

/** The store's side of {@code licit check}: the order desk over an open store, closed when the run ends. */
final class StoreRun {
    private StoreRun() {}

    /** Opens the store {@code choice} names (on a start-up thread, while the rules load). */
    static AutoCloseable open(StoreChoice choice, Clock clock) {
        return new StoreOptions(choice, clock).open();
    }

    /**
     * The imported ownership the check reads owners from ({@code licit ownership import}): the store's
     * graph, cached there and re-read when an import changed it, so an import between orders counts.
     */
    static OwnershipGraph ownership(LicitStore store) {
        return store.ownership().graph();
    }

    /** How old the lists of a snapshot are now, against {@code maxAge} ({@code licit check --list-max-age}). */
    static ListAges.Report ages(Path home, Clock clock, SnapshotInfo info, Duration maxAge) {
        return ListAges.of(info, FetchState.load(home.resolve("lists")), clock.instant(), maxAge);
    }

    /**
     * @param opened the store {@link #open} made
     * @param screener the home's screener, or null with --no-screen
     * @param choice who acts, for the audit trail
     * @param maxAge the age past which a list is stale and every decision made with it carries a warning
     */
    static int run(
            AutoCloseable opened,
            DecisionEngine engine,
            Screener screener,
            Path home,
            StoreChoice choice,
            Clock clock,
            Duration maxAge,
            ToIntFunction<CheckDesk<?>> run) {
        try (LicitStore store = (LicitStore) opened) {
            // once per run and snapshot: a check of 20,000 orders must not read the fetch state 20,000 times
            AtomicReference<ListAges.Report> known = new AtomicReference<>();
            OrderDesk.ListAgeCheck once = info -> {
                ListAges.Report r = known.get();
                if (r == null || !r.snapshotId().equals(info.id())) {
                    r = ages(home, clock, info, maxAge);
                    known.set(r);
                }
                return r;
            };
            OrderDesk desk = new OrderDesk(
                    store, engine, screener == null ? null : () -> screener, () -> ownership(store), once);
            return run.applyAsInt(new StoreDesk(desk, new StoreOptions(choice, clock).actor()));
        }
    }
}
