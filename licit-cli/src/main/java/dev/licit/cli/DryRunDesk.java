package dev.licit.cli;

import dev.licit.core.decide.AiDiffusionPosture;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.ScreenedOrder;
import dev.licit.core.time.Today;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;

/** {@code licit check --no-store}: screened against the home's lists (or not, with --no-screen), nothing recorded. */
final class DryRunDesk implements CheckDesk<CheckDesk.DryRun> {
    private final DecisionEngine engine;
    /** The home's lists, or null with --no-screen. */
    private final PartyScreening screening;

    /** Stamps {@code decidedAt}: the run's one clock. */
    private final Clock clock;

    DryRunDesk(DecisionEngine engine, PartyScreening screening, Clock clock) {
        this.engine = engine;
        this.screening = screening;
        this.clock = clock;
    }

    @Override
    public DryRun decide(Order order, String orderText, LocalDate asOf, AiDiffusionPosture posture) {
        ScreenedOrder screened =
                screening == null ? ScreenedOrder.notScreened(order) : ScreenedOrder.screen(order, screening::screen);
        return new DryRun(
                engine.decide(screened, asOf, posture),
                Today.now(clock).truncatedTo(ChronoUnit.MILLIS).toString(),
                screening == null ? null : screening.snapshotId());
    }

    @Override
    public CompletableFuture<Checked> record(DryRun decided) {
        return CompletableFuture.completedFuture(decided);
    }
}
