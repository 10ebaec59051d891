package dev.licit.core.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the engine decides: an order with each of its parties and the list matches screening found
 * for it, one for one. A party without matches was screened and found nothing, unless the whole
 * order was not screened ({@code screened} false, e.g. {@code --no-screen}), which the decision says.
 */
public record ScreenedOrder(Order order, List<PartyResult> parties, boolean screened) {
    public ScreenedOrder {
        Objects.requireNonNull(order, "order");
        parties = List.copyOf(parties);
        if (parties.size() != order.parties().size()) {
            throw new IllegalArgumentException("screened " + parties.size() + " parties of an order with "
                    + order.parties().size());
        }
        for (int i = 0; i < parties.size(); i++) {
            if (!parties.get(i).party().equals(order.parties().get(i))) {
                throw new IllegalArgumentException("party " + i + " screened is not the order's party " + i);
            }
            if (!screened && !parties.get(i).matches().isEmpty()) {
                throw new IllegalArgumentException("an order not screened cannot carry list matches");
            }
        }
    }

    /** Each party screened by {@code screen} (its list matches, in the screener's order). */
    public static ScreenedOrder screen(Order order, Function<Party, List<ListHit>> screen) {
        List<PartyResult> parties = new ArrayList<>(order.parties().size());
        for (Party p : order.parties()) {
            parties.add(new PartyResult(p, List.copyOf(screen.apply(p))));
        }
        return new ScreenedOrder(order, parties, true);
    }

    /** The parties as screened elsewhere, given in the order's party order. */
    public static ScreenedOrder withHits(Order order, List<List<ListHit>> hits) {
        if (hits.size() != order.parties().size()) {
            throw new IllegalArgumentException("hits for " + hits.size() + " parties of an order with "
                    + order.parties().size());
        }
        List<PartyResult> parties = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            parties.add(new PartyResult(order.parties().get(i), List.copyOf(hits.get(i))));
        }
        return new ScreenedOrder(order, parties, true);
    }

    /** The order decided without screening its parties. */
    public static ScreenedOrder notScreened(Order order) {
        List<PartyResult> parties = new ArrayList<>(order.parties().size());
        for (Party p : order.parties()) {
            parties.add(new PartyResult(p, List.of()));
        }
        return new ScreenedOrder(order, parties, false);
    }
}
