package dev.licit.store.rescreen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.licit.core.decide.ListHit;
import dev.licit.core.decide.Party;
import dev.licit.core.decide.Role;
import dev.licit.core.json.Json;
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
 * Cycles are walked once (a node already seen is not entered again). The owners the order itself
 * declared for the party (its nested {@code owners}, at any depth) are screened the same way, and the
 * graph's owners above each of them: a list import that lists a declared owner opens a case too.
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
    /** A decision's order as submitted, by decision id (null when it cannot be read). */
    private final Function<String, String> orderJson;

    private final Map<String, JsonNode> orders = new HashMap<>();
    /**
     * Whether the declared owners themselves are screened (after a list import), or only the graph's owners
     * above them (after an ownership import, which changes nothing the order declared).
     */
    private final boolean declaredThemselves;

    OwnerScreening(
            OwnershipGraph graph,
            LocalDate date,
            ReviewedScreening screening,
            Function<String, String> orderJson,
            boolean declaredThemselves) {
        this.graph = graph;
        this.date = date;
        this.screening = screening;
        this.orderJson = orderJson;
        this.declaredThemselves = declaredThemselves;
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
        List<Owner> all = new ArrayList<>(owners(r.name()));
        Set<String> listed = new HashSet<>();
        all.forEach(o -> listed.add(OwnershipGraph.key(o.name())));
        for (Owner o : declared(r)) {
            if (listed.add(OwnershipGraph.key(o.name()))) {
                all.add(o);
            }
        }
        for (Owner o : all) {
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

    /**
     * The owners the decision's order declared for the party, at every depth, each followed by the graph's
     * owners above it: "X holds 100 % of Y (order), which holds 60 % of Party (order)".
     */
    List<Owner> declared(RescreeningService.PartyRow r) {
        JsonNode order = orders.computeIfAbsent(r.decisionId(), id -> {
            String text = orderJson.apply(id);
            // most orders declare no owner: not parsed at all
            return text == null || !text.contains("\"owners\"") ? null : Json.readStored(text);
        });
        if (order == null) {
            return List.of();
        }
        JsonNode party = order.path("parties").path(r.idx());
        List<Owner> out = new ArrayList<>();
        declared(party.path("owners"), party.path("name").asText(r.name()), "", 0, out);
        return out;
    }

    private void declared(JsonNode owners, String owned, String below, int depth, List<Owner> out) {
        if (!owners.isArray() || depth >= MAX_DEPTH) {
            return;
        }
        for (JsonNode o : owners) {
            String name = o.path("name").asText("");
            if (name.isBlank()) {
                continue;
            }
            String country = o.path("country").isTextual() ? o.path("country").asText() : null;
            JsonNode pct = o.path("percent");
            String share =
                    pct.isNumber() ? String.format(Locale.ROOT, "%s %%", pct(pct.asDouble())) : "an unknown share";
            String suffix =
                    "holds " + share + " of " + owned + " (order)" + (below.isEmpty() ? "" : ", which " + below);
            if (declaredThemselves) {
                out.add(new Owner(name, country, name + " " + suffix));
            }
            // the graph's owners above a declared owner: their paths continue down through it
            for (Owner above : owners(name)) {
                out.add(new Owner(above.name(), above.country(), above.path() + ", which " + suffix));
            }
            declared(o.path("owners"), name, suffix, depth + 1, out);
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
