package dev.licit.core.decide;

import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the engine decides: an order with each of its parties and the list matches screening found
 * for it, one for one. A party without matches was screened and found nothing, unless the whole
 * order was not screened ({@code screened} false, e.g. {@code --no-screen}), which the decision says.
 *
 * @param ownership the imported ownership the parties' owners are read from ({@link OwnershipGraph#EMPTY}
 *     when there is none): the order's own {@code owners} are always read
 * @param ownerHits each owner's list matches, by {@link OwnershipGraph#key} of its name; an owner
 *     absent here was not screened (only when the order was not screened)
 */
public record ScreenedOrder(
        Order order,
        List<PartyResult> parties,
        boolean screened,
        OwnershipGraph ownership,
        Map<String, List<ListHit>> ownerHits) {
    public ScreenedOrder {
        Objects.requireNonNull(order, "order");
        parties = List.copyOf(parties);
        ownership = ownership == null ? OwnershipGraph.EMPTY : ownership;
        ownerHits = ownerHits == null ? Map.of() : Map.copyOf(ownerHits);
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
        if (!screened && !ownerHits.isEmpty()) {
            throw new IllegalArgumentException("an order not screened cannot carry owners' list matches");
        }
    }

    /** Parties screened elsewhere, no owner screened and no imported ownership. */
    public ScreenedOrder(Order order, List<PartyResult> parties, boolean screened) {
        this(order, parties, screened, OwnershipGraph.EMPTY, Map.of());
    }

    /** Each party screened by {@code screen} (its list matches, in the screener's order); owners too. */
    public static ScreenedOrder screen(Order order, Function<Party, List<ListHit>> screen) {
        return screen(order, OwnershipGraph.EMPTY, screen);
    }

    /**
     * Each party screened by {@code screen}, and every owner the order or {@code ownership} gives
     * above them ({@link #ownersToScreen}).
     */
    public static ScreenedOrder screen(Order order, OwnershipGraph ownership, Function<Party, List<ListHit>> screen) {
        List<PartyResult> parties = new ArrayList<>(order.parties().size());
        for (Party p : order.parties()) {
            parties.add(new PartyResult(p, List.copyOf(screen.apply(p))));
        }
        Map<String, List<ListHit>> owners = new LinkedHashMap<>();
        for (Party o : ownersToScreen(order, ownership)) {
            owners.put(OwnershipGraph.key(o.name()), List.copyOf(screen.apply(o)));
        }
        return new ScreenedOrder(order, parties, true, ownership, owners);
    }

    /**
     * Every owner above the order's parties, once each (by name key): the order's nested {@code
     * owners} and the links of {@code ownership} on any date (the decision's date may differ from
     * the order's, and an owner screened needlessly costs less than one missed). Each is a party
     * without a role, screened by name and country like one.
     */
    public static List<Party> ownersToScreen(Order order, OwnershipGraph ownership) {
        Map<String, Party> out = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (OwnershipLink l : OwnerLinks.of(order)) {
            add(out, queue, l.owner(), l.ownerCountry());
        }
        for (Party p : order.parties()) {
            if (p.name() != null) {
                queue.add(p.name());
            }
        }
        java.util.Set<String> walked = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (!walked.add(OwnershipGraph.key(name))) {
                continue;
            }
            for (OwnershipLink l : ownership.ownersOf(name, null)) {
                add(out, queue, l.owner(), l.ownerCountry());
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, Party> out, Deque<String> queue, String name, String country) {
        if (out.putIfAbsent(OwnershipGraph.key(name), new Party(null, name, country, null, null)) == null) {
            queue.add(name);
        }
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

    /**
     * The parties and owners as screened elsewhere: {@code ownerHits} by {@link OwnershipGraph#key}
     * of each owner's name, for every owner {@link #ownersToScreen} gives.
     */
    public static ScreenedOrder withHits(
            Order order, List<List<ListHit>> hits, OwnershipGraph ownership, Map<String, List<ListHit>> ownerHits) {
        ScreenedOrder parties = withHits(order, hits);
        return new ScreenedOrder(order, parties.parties(), true, ownership, ownerHits);
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
