package dev.licit.cli;

import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Postures;
import dev.licit.core.decide.ScreenedOrder;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.time.Today;
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

    DryRunDesk(DecisionEngine engine, PartyScreening screening, Clock clock) {
        this(engine, screening, clock, OwnershipGraph.EMPTY);
    }

    DryRunDesk(DecisionEngine engine, PartyScreening screening, Clock clock, OwnershipGraph ownership) {
        this.engine = engine;
        this.screening = screening;
        this.clock = clock;
        this.ownership = ownership;
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
                screening == null ? null : screening.snapshotId());
    }

    @Override
    public CompletableFuture<Checked> record(DryRun decided) {
        return CompletableFuture.completedFuture(decided);
    }
}
