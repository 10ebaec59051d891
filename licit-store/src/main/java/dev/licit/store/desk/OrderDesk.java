package dev.licit.store.desk;

import dev.licit.core.decide.AiDiffusionPosture;
import dev.licit.core.decide.Decision;
import dev.licit.core.decide.DecisionEngine;
import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.PartyResult;
import dev.licit.core.decide.Postures;
import dev.licit.core.decide.ScreenedOrder;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.screening.Screener;
import dev.licit.screening.fetch.ListAges;
import dev.licit.screening.list.SnapshotInfo;
import dev.licit.store.LicitStore;
import dev.licit.store.common.Actor;
import dev.licit.store.decision.DecisionService;
import dev.licit.store.decision.NewDecision;
import dev.licit.store.decision.StoredDecision;
import dev.licit.store.review.ReviewedScreening;
import dev.licit.store.review.ScreenedParty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The one way an order becomes a recorded decision: screen its parties (cleared false positives
 * stay cleared), decide, record. {@code licit check} and {@code POST /v1/decisions} are thin callers.
 * It is split in two so that a caller may decide many orders at once and still record them in the
 * order they came: {@link #decide} is safe on any thread; {@link #record} hands the decision to the
 * store's group commit, which acknowledges each once it is durable.
 */
public final class OrderDesk {
    private final LicitStore store;
    private final DecisionEngine engine;
    /** The current screener, or null when the parties are not to be screened. */
    private final Supplier<Screener> screener;
    /** The imported ownership now: owners above the parties are read (and screened) from it. */
    private final Supplier<OwnershipGraph> ownership;

    /** How old the lists of a snapshot are now; null when nothing is to be said about them. */
    private final ListAgeCheck ages;

    private volatile Reviewed reviewed;

    /** The ages of a snapshot's lists at the moment of a decision (the server's and the CLI's configured limit). */
    @FunctionalInterface
    public interface ListAgeCheck {
        ListAges.Report of(SnapshotInfo snapshot);
    }

    /** Cleared matches are remembered by list-entry version: those versions are read once per snapshot. */
    private record Reviewed(Screener screener, ReviewedScreening screening) {}

    /**
     * @param screener the screener in force now (a server's changes when lists are imported), or null
     *     to decide without screening (the decision says so)
     */
    public OrderDesk(LicitStore store, DecisionEngine engine, Supplier<Screener> screener) {
        this(store, engine, screener, () -> OwnershipGraph.EMPTY);
    }

    /**
     * @param ownership the imported ownership graph now (read once per order; a store's graph after an
     *     import): the owners it gives above a party are screened and counted with the order's own
     */
    public OrderDesk(
            LicitStore store, DecisionEngine engine, Supplier<Screener> screener, Supplier<OwnershipGraph> ownership) {
        this(store, engine, screener, ownership, null);
    }

    /**
     * @param ages how old the lists are at each decision: the decision records their dates and warns when
     *     one is older than the limit; null to record neither
     */
    public OrderDesk(
            LicitStore store,
            DecisionEngine engine,
            Supplier<Screener> screener,
            Supplier<OwnershipGraph> ownership,
            ListAgeCheck ages) {
        this.store = store;
        this.engine = engine;
        this.screener = screener;
        this.ownership = ownership;
        this.ages = ages;
    }

    /**
     * An order screened and decided, not yet recorded.
     *
     * @param lists the ages of the snapshot's lists when it was decided, or null
     */
    public record Decided(
            Order order,
            String orderText,
            Decision decision,
            List<ScreenedParty> screened,
            String listSnapshot,
            ListAges.Report lists) {}

    /** A decision recorded: {@code stored.authorization()} says whether it may ship. */
    public record Recorded(Decided decided, StoredDecision stored) {}

    /**
     * Screens and decides; records nothing.
     *
     * @param orderText the order as submitted, kept as the record of the transaction
     * @param asOf the date whose rules apply, or null for the order's
     * @param posture the AI Diffusion posture overriding the order's, or null
     * @throws IllegalArgumentException when the rules cannot decide that date (before the rulebook starts)
     */
    public Decided decide(Order order, String orderText, LocalDate asOf, AiDiffusionPosture posture) {
        return decide(order, orderText, asOf, Postures.of(posture));
    }

    /**
     * Screens (the parties, and every owner the order or the ownership graph gives above them) and
     * decides; records nothing. Owners' matches are read with the reviewers' clearances like a party's;
     * only the parties are recorded as screened.
     *
     * @param postures the postures overriding the order's, or {@link Postures#NONE}
     */
    public Decided decide(Order order, String orderText, LocalDate asOf, Postures postures) {
        ReviewedScreening screening = screening();
        OwnershipGraph graph = ownership.get();
        if (screening == null) {
            ScreenedOrder unscreened =
                    new ScreenedOrder(order, ScreenedOrder.notScreened(order).parties(), false, graph, Map.of());
            Decision d = engine.decideWith(unscreened, asOf, postures);
            return new Decided(order, orderText, d, List.of(), null, null);
        }
        List<ScreenedParty> screened = screening.screen(order.parties());
        List<PartyResult> parties = new ArrayList<>(screened.size());
        for (ScreenedParty p : screened) {
            parties.add(new PartyResult(p.party(), p.standing()));
        }
        Map<String, List<ListHit>> owners = new LinkedHashMap<>();
        for (ScreenedParty o : screening.screen(ScreenedOrder.ownersToScreen(order, graph))) {
            owners.put(OwnershipGraph.key(o.party().name()), o.standing());
        }
        Decision d = engine.decideWith(new ScreenedOrder(order, parties, true, graph, owners), asOf, postures);
        ListAges.Report lists = ages == null ? null : ages.of(screening.snapshot());
        return new Decided(order, orderText, d, screened, screening.snapshotId(), lists);
    }

    /** Records a decided order; the future completes once it is durable (in the order of the calls). */
    public CompletableFuture<Recorded> record(Decided decided, Actor actor) {
        return record(prepare(decided, actor, stamp()));
    }

    /** A decided order with its record computed, not yet handed to the store. */
    public record Prepared(Decided decided, DecisionService.Ready ready) {}

    /**
     * The id and time of the next decision to record. A caller that decides many orders at once
     * takes the stamps in input order, prepares on any thread, and records in input order.
     */
    public DecisionService.Stamp stamp() {
        return store.decisions().stamp();
    }

    /** Computes a decided order's record (document, hashes, rows) under its stamp; safe on any thread. */
    public Prepared prepare(Decided decided, Actor actor, DecisionService.Stamp stamp) {
        return new Prepared(
                decided,
                store.decisions()
                        .prepare(
                                new NewDecision(
                                        decided.order(),
                                        decided.orderText(),
                                        decided.decision(),
                                        decided.listSnapshot(),
                                        decided.screened(),
                                        actor,
                                        decided.lists()),
                                stamp));
    }

    /** Records a prepared order; the future completes once it is durable. Call in the order of the stamps. */
    public CompletableFuture<Recorded> record(Prepared prepared) {
        return store.decisions().submit(prepared.ready()).thenApply(sd -> new Recorded(prepared.decided(), sd));
    }

    private ReviewedScreening screening() {
        if (screener == null) {
            return null;
        }
        Screener current = screener.get();
        Reviewed r = reviewed;
        if (r == null || r.screener() != current) {
            r = new Reviewed(current, store.screening(current));
            reviewed = r;
        }
        return r.screening();
    }
}
