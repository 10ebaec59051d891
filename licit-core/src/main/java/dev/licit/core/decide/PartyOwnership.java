package dev.licit.core.decide;

import dev.licit.core.ownership.Listing;
import dev.licit.core.ownership.OwnershipCheck;
import dev.licit.core.ownership.OwnershipGraph;
import dev.licit.core.ownership.OwnershipResult;
import dev.licit.core.ownership.OwnershipRule;
import dev.licit.core.ownership.RuleOutcome;
import dev.licit.core.ownership.Standing;
import dev.licit.core.rulebook.FactKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The engine's side of ownership: each party's owners computed, and the facts the rules read from them. */
final class PartyOwnership {
    private PartyOwnership() {}

    /** A note of an owner the caller did not screen (though it screened the order): never read as unlisted. */
    static final String UNSCREENED = "owners not screened against the restricted-party lists: ";

    /**
     * One result per party of the order, in its order (a party without owners has an empty one).
     * Where the order was screened but an owner was not (a caller that screened only the parties),
     * the result carries an {@link #UNSCREENED} note, which holds the order ({@link #facts}).
     */
    static List<OwnershipResult> of(ScreenedOrder screened, LocalDate date, List<OwnershipRule> rules) {
        List<OwnershipResult> out = new ArrayList<>(screened.parties().size());
        for (PartyResult pr : screened.parties()) {
            Party p = pr.party();
            if (p.name() == null || p.name().isBlank()) {
                out.add(OwnershipResult.none(String.valueOf(p.name())));
                continue;
            }
            Set<String> unscreened = new TreeSet<>();
            OwnershipResult r = OwnershipCheck.of(
                    p.name(),
                    p.country(),
                    OwnerLinks.of(p),
                    screened.ownership(),
                    date,
                    new OwnershipCheck.Listings() {
                        @Override
                        public List<Listing> apply(String name) {
                            return byKey(OwnershipGraph.key(name), name);
                        }

                        @Override
                        public List<Listing> byKey(String key, String name) {
                            List<ListHit> hits = screened.ownerHits().get(key);
                            if (hits == null && screened.screened()) {
                                unscreened.add(name);
                            }
                            return listings(hits);
                        }
                    },
                    rules);
            if (!unscreened.isEmpty()) {
                List<String> notes = new ArrayList<>(r.notes());
                notes.add(UNSCREENED + String.join(", ", unscreened));
                r = new OwnershipResult(r.party(), r.nodes(), r.outcomes(), notes);
            }
            out.add(r);
        }
        return out;
    }

    /** The rules in force on the date that the posture leaves on. */
    static List<OwnershipRule> inForce(List<OwnershipRule> rules, boolean affiliatesApplies) {
        return rules.stream()
                .filter(r -> r.posture() == null || affiliatesApplies)
                .toList();
    }

    private static List<Listing> listings(List<ListHit> hits) {
        if (hits == null) {
            return List.of();
        }
        List<Listing> out = new ArrayList<>();
        for (ListHit h : hits) {
            if (h.isMatch() || h.isPossible()) {
                out.add(new Listing(h.list(), h.listedName(), h.federalRegisterNotice(), h.isPossible()));
            }
        }
        return out;
    }

    /** ownedBy, ownedByUnresolved, ownedByDoubtful ("rule:LIST") and the path in words. */
    static void facts(Map<String, Object> f, List<OwnershipResult> results) {
        Set<String> owned = new TreeSet<>();
        Set<String> unresolved = new TreeSet<>();
        Set<String> doubtful = new TreeSet<>();
        Set<String> texts = new LinkedHashSet<>();
        for (OwnershipResult r : results) {
            for (RuleOutcome o : r.outcomes()) {
                Set<String> into = switch (o.standing()) {
                    case COVERED -> owned;
                    case UNRESOLVED -> unresolved;
                    case DOUBTFUL -> doubtful;
                    case CLEAR -> null;
                };
                if (into == null) {
                    continue;
                }
                for (String l : o.lists()) {
                    into.add(o.rule().id() + ":" + l);
                }
                if (o.standing() == Standing.DOUBTFUL && o.lists().isEmpty()) {
                    into.add(o.rule().id() + ":?");
                }
                texts.add(o.text());
            }
            for (String note : r.notes()) {
                if (note.startsWith(UNSCREENED)) {
                    doubtful.add("unscreened:?");
                    texts.add(r.party() + ": " + note);
                }
            }
        }
        FactKey.OWNED_BY.put(f, new ArrayList<>(owned));
        FactKey.OWNED_BY_UNRESOLVED.put(f, new ArrayList<>(unresolved));
        FactKey.OWNED_BY_DOUBTFUL.put(f, new ArrayList<>(doubtful));
        FactKey.OWNERSHIP_PATH.put(f, String.join("; ", texts));
    }
}
