package dev.licit.store.rescreen;

import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Party;
import dev.licit.core.decide.Role;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipLink;
import dev.licit.store.review.CaseDraft;
import dev.licit.store.review.PartyKey;
import dev.licit.store.review.ReviewedScreening;
import dev.licit.store.review.ScreenedHit;
import dev.licit.store.review.ScreenedParty;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The owners of stored parties, screened: every owner up the graph (direct or indirect, links in
 * force on the day), each screened like a party, each standing hit a match on the decision that
 * names the party. A listed owner is reported whatever its share: whether the share makes the party
 * covered is the engine's question (the 50 % rules), and a reviewer should see the owner either way.
 * Cycles are walked once (a node already seen is not entered again).
 */
final class OwnerScreening {
    /** How far up a chain is followed; real groups are far shallower, a generated cycle is not. */
    static final int MAX_DEPTH = 32;

    /** An owner found up the graph and how it holds the party, in words. */
    record Owner(String name, String country, String path) {}

    private final OwnershipGraph graph;
    private final LocalDate date;
    private final ReviewedScreening screening;
    private final Map<String, List<Owner>> ownersByParty = new HashMap<>();
    private final Map<String, ScreenedParty> screenedOwners = new HashMap<>();

    OwnerScreening(OwnershipGraph graph, LocalDate date, ReviewedScreening screening) {
        this.graph = graph;
        this.date = date;
        this.screening = screening;
    }

    /** Owners screened so far (distinct by name and country). */
    int ownersScreened() {
        return screenedOwners.size();
    }

    /**
     * The new owner matches of one stored party: hits not in {@code seen} (which is updated).
     *
     * @param describe the change text of a hit on an owner
     */
    List<CaseDraft.MatchDraft> matches(
            RescreeningService.PartyRow r, Set<String> seen, Function<OwnerHit, String> describe) {
        List<CaseDraft.MatchDraft> out = new ArrayList<>();
        for (Owner o : owners(r.name())) {
            String ownerKey = PartyKey.of(o.name(), o.country());
            ScreenedParty sp = screenedOwners.computeIfAbsent(
                    ownerKey, k -> screening.screen(new Party(Role.END_USER, o.name(), o.country(), null, null)));
            for (ScreenedHit sh : sp.hits()) {
                if (sh.cleared()) {
                    continue;
                }
                ListHit hit = sh.hit();
                String key = RescreeningService.hitKey(ownerKey, hit.list(), hit.entryId(), sh.entryVersion());
                if (!seen.add(key)) {
                    continue;
                }
                String change = describe.apply(new OwnerHit(r, o, sh));
                out.add(new CaseDraft.MatchDraft(
                        o.name(),
                        o.country(),
                        hit.list(),
                        hit.entryId(),
                        sh.entryVersion(),
                        hit.listedName(),
                        hit.score(),
                        hit.band(),
                        change));
            }
        }
        return out;
    }

    /** A standing hit on an owner of a stored party. */
    record OwnerHit(RescreeningService.PartyRow party, Owner owner, ScreenedHit hit) {
        /** "owner X (CN) of END_USER Y (MY): X holds 30 % of Y (source)" */
        String whose() {
            return "owner " + owner.name() + (owner.country() == null ? "" : " (" + owner.country() + ")") + " of "
                    + party.role() + " " + party.name() + (party.country() == null ? "" : " (" + party.country() + ")")
                    + ": " + owner.path();
        }
    }

    /** Every owner up the graph from {@code name}, breadth first, each once. */
    List<Owner> owners(String name) {
        return ownersByParty.computeIfAbsent(OwnershipGraph.key(name), k -> walk(name));
    }

    private List<Owner> walk(String name) {
        record Step(String name, String path, int depth) {}
        List<Owner> out = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        visited.add(OwnershipGraph.key(name));
        ArrayDeque<Step> queue = new ArrayDeque<>();
        queue.add(new Step(name, "", 0));
        while (!queue.isEmpty()) {
            Step s = queue.poll();
            if (s.depth() >= MAX_DEPTH) {
                continue;
            }
            for (OwnershipLink l : graph.ownersOf(s.name(), date)) {
                // what the owner does, down to the party: "holds 100 % of B (src), which holds 60 % of C (src)"
                String suffix = "holds " + share(l) + " of " + l.owned() + " (" + l.source() + ")"
                        + (s.path().isEmpty() ? "" : ", which " + s.path());
                if (!visited.add(OwnershipGraph.key(l.owner()))) {
                    continue; // seen already: a cycle or a second path
                }
                out.add(new Owner(l.owner(), l.ownerCountry(), l.owner() + " " + suffix));
                queue.add(new Step(l.owner(), suffix, s.depth() + 1));
            }
        }
        return out;
    }

    static String share(OwnershipLink l) {
        return l.percent() == null ? "an unknown share" : String.format(Locale.ROOT, "%s %%", pct(l.percent()));
    }

    private static String pct(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }
}
