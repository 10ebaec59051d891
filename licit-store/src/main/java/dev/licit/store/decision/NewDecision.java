package dev.licit.store.decision;

import dev.licit.core.decide.Decision;
import dev.licit.core.decide.Order;
import dev.licit.screening.fetch.ListAges;
import dev.licit.store.common.Actor;
import dev.licit.store.review.ScreenedParty;
import java.util.List;
import java.util.Objects;

/**
 * A decision to record, with what it was made from.
 *
 * @param orderJson the order exactly as submitted (kept as the record of the transaction)
 * @param listSnapshot the list snapshot the parties were screened against, or null when not screened
 * @param screening each party's hits in the order's party order (cleared ones included), or an
 *     empty list when parties were not screened
 * @param lists how old each list of the snapshot was when the decision was made (its dates, and the
 *     warning when one was older than the limit), or null when not screened
 */
public record NewDecision(
        Order order,
        String orderJson,
        Decision decision,
        String listSnapshot,
        List<ScreenedParty> screening,
        Actor actor,
        ListAges.Report lists) {
    public NewDecision(
            Order order,
            String orderJson,
            Decision decision,
            String listSnapshot,
            List<ScreenedParty> screening,
            Actor actor) {
        this(order, orderJson, decision, listSnapshot, screening, actor, null);
    }

    public NewDecision {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(orderJson, "orderJson");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(actor, "actor");
        screening = screening == null ? List.of() : List.copyOf(screening);
        if (!screening.isEmpty() && screening.size() != order.parties().size()) {
            throw new IllegalArgumentException("screening has " + screening.size() + " parties, the order "
                    + order.parties().size());
        }
    }
}
