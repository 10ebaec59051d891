package dev.licit.cli;

import dev.licit.core.decide.Decision;
import dev.licit.core.decide.Order;
import dev.licit.core.decide.Postures;
import dev.licit.screening.fetch.ListAges;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * How {@code licit check} gets an order decided: through the store's order desk (screened with the
 * reviewers' clearances, recorded) or as a dry run (screened against the home's lists, or not,
 * nothing recorded). Only the store's desk touches the store, so a dry run never loads it.
 *
 * @param <D> an order decided, not yet recorded
 */
interface CheckDesk<D> {
    /** On a worker thread: screen and decide. */
    D decide(Order order, String orderText, LocalDate asOf, Postures postures);

    /** How one order is decided on a worker, once {@link #next()} has given it what must follow the input's order. */
    @FunctionalInterface
    interface Decider<D> {
        D decide(Order order, String orderText, LocalDate asOf, Postures postures);
    }

    /**
     * On the reader thread, in input order: how the next order will be decided. A desk that records
     * stamps the decision's id and time here, so that ids follow the input although orders are
     * decided (and their records prepared) on several threads at once.
     */
    default Decider<D> next() {
        return this::decide;
    }

    /** On the caller's thread, in input order: record, and complete with what to print once it is final. */
    CompletableFuture<Checked> record(D decided);

    /** What a checked order prints. */
    sealed interface Checked {
        Decision decision();
    }

    /**
     * Decided and not recorded: printed as the engine's decision, stamped now, with {@code lists}, each
     * list's date as the run saw it (null with --no-screen), as a stored decision names them.
     */
    record DryRun(Decision decision, String decidedAt, String listSnapshot, ListAges.Report lists) implements Checked {}

    /**
     * Decided and durably recorded: printed as the stored document.
     *
     * @param shippable whether the authorization on record lets it ship
     * @param caseId the review case it opened, or null
     */
    record Recorded(
            Decision decision,
            String id,
            String document,
            String listSnapshot,
            String authorization,
            boolean shippable,
            String authorizationDetail,
            Long caseId)
            implements Checked {}
}
