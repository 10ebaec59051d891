package dev.licit.cli;

import dev.licit.cli.store.StoreChoice;
import dev.licit.cli.store.StoreOptions;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.screening.Screener;
import dev.licit.store.LicitStore;
import dev.licit.store.desk.OrderDesk;
import java.time.Clock;
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

    /**
     * @param opened the store {@link #open} made
     * @param screener the home's screener, or null with --no-screen
     * @param choice who acts, for the audit trail
     */
    static int run(
            AutoCloseable opened,
            DecisionEngine engine,
            Screener screener,
            StoreChoice choice,
            Clock clock,
            ToIntFunction<CheckDesk<?>> run) {
        try (LicitStore store = (LicitStore) opened) {
            OrderDesk desk =
                    new OrderDesk(store, engine, screener == null ? null : () -> screener, () -> ownership(store));
            return run.applyAsInt(new StoreDesk(desk, new StoreOptions(choice, clock).actor()));
        }
    }
}
