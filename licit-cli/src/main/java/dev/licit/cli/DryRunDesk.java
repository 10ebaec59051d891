package dev.licit.cli;

import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Postures;
import dev.licit.core.decide.ScreenedOrder;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.time.Today;
import dev.licit.screening.fetch.ListAges;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@code licit check --no-store}: screened against the home's lists (or not, with --no-screen), nothing recorded. */
final class DryRunDesk implements CheckDesk<CheckDesk.DryRun> {
    private final DecisionEngine engine;
    /** The home's lists, or null with --no-screen. */
    private final PartyScreening screening;

    /** Stamps {@code decidedAt}: the run's one clock. */
    private final Clock clock;

    /** The imported ownership owners are read from ({@link OwnershipGraph#EMPTY} when there is none). */
    private final OwnershipGraph ownership;

    /** Each list's date as this run saw it, or null with --no-screen. */
    private final ListAges.Report lists;

    DryRunDesk(DecisionEngine engine, PartyScreening screening, Clock clock, ListAges.Report lists) {
        this(engine, screening, clock, OwnershipGraph.EMPTY, lists);
    }

    DryRunDesk(
            DecisionEngine engine,
            PartyScreening screening,
            Clock clock,
            OwnershipGraph ownership,
            ListAges.Report lists) {
        this.engine = engine;
        this.screening = screening;
        this.clock = clock;
        this.ownership = ownership;
        this.lists = lists;
    }

    @Override
    public DryRun decide(Order order, String orderText, LocalDate asOf, Postures postures) {
        // every owner (the order's and the graph's) is screened with the parties
        ScreenedOrder screened = screening == null
                ? new ScreenedOrder(order, ScreenedOrder.notScreened(order).parties(), false, ownership, Map.of())
                : ScreenedOrder.screen(order, ownership, screening::screen);
        return new DryRun(
                engine.decideWith(screened, asOf, postures),
                Today.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(),
                screening == null ? null : screening.snapshotId(),
                lists);
    }

    @Override
    public CompletableFuture<Checked> record(DryRun decided) {
        return CompletableFuture.completedFuture(decided);
    }
}
