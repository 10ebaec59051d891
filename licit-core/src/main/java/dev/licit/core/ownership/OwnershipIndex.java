package dev.licit.core.ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The graph's links in force over a window of dates, precomputed so that one party's lookup is a few
 * array reads (issue 15, point 6: at most 50 us inside {@code check}). Built from an immutable {@link
 * OwnershipGraph}, so it cannot go stale against the graph; it is valid only for the dates on which no
 * link starts or ends ({@link #covers}), and a date outside is answered by another index or the full walk.
 *
 * <p>What is precomputed is structural only: for every entity, its owners merged as {@link OwnershipCheck}
 * merges them (one holding per owner, the larger share, the sources joined), and whether anything above it
 * makes the answer more than "no listed owner": a cycle, a self-holding, shares over 100 %, sources that
 * disagree ({@code odd}). List entries are not precomputed (lists change between imports); a lookup asks
 * the caller's screening for every owner it walks, exactly as the full walk does, and gives up on the first
 * owner that has any entry. So the index answers only the parties it can answer byte for byte as {@link
 * OwnershipCheck} would (every owner unlisted: CLEAR under every rule, no path, no notes) and returns null
 * for every other one: a covered, unresolved or doubtful party is always computed in full, with its path
 * in words. Nothing is trusted that the lookup does not check again: a wrong index could only send a party
 * to the full walk, never clear it.
 */
final class OwnershipIndex {
    /** Shares are sums of decimals, as OwnershipCheck adds them. */
    private static final double EPSILON = 1e-9;

    /** Inclusive; null: unbounded (or, when {@link #anyDate}, every link whatever its dates). */
    private final LocalDate validFrom;

    private final LocalDate validTo;
    private final boolean anyDate;

    private final Map<String, Integer> idByKey;
    /** ownersStart[n] .. ownersStart[n+1]: the merged owners of n in {@link #owner}. */
    private final int[] ownersStart;

    private final int[] owner;
    /** The name and country of the first link of each merged owner (how the walk names the node it finds). */
    private final String[] ownerName;

    private final String[] ownerCountry;
    /** Each entity's direct owners as the result shows them (immutable, shared by every lookup). */
    private final List<List<OwnerNode.Holding>> holdings;
    /** Each node's key (the listing lookup by key needs no key worked out again). */
    private final String[] keys;
    /** The node each merged owner edge finds, as the result lists it when every owner is unlisted. */
    private final OwnerNode[] found;
    /** A cycle, a self-holding, shares over 100 % or disagreeing sources at or above the entity. */
    private final boolean[] odd;

    private OwnershipIndex(
            LocalDate validFrom,
            LocalDate validTo,
            boolean anyDate,
            Map<String, Integer> idByKey,
            int[] ownersStart,
            int[] owner,
            String[] ownerName,
            String[] ownerCountry,
            List<List<OwnerNode.Holding>> holdings,
            String[] keys,
            boolean[] odd) {
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.anyDate = anyDate;
        this.idByKey = idByKey;
        this.ownersStart = ownersStart;
        this.owner = owner;
        this.ownerName = ownerName;
        this.ownerCountry = ownerCountry;
        this.holdings = holdings;
        this.keys = keys;
        this.odd = odd;
        this.found = new OwnerNode[owner.length];
        for (int e = 0; e < owner.length; e++) {
            found[e] = new OwnerNode(ownerName[e], ownerCountry[e], List.of(), holdings.get(owner[e]));
        }
    }

    /** Whether the index answers for {@code date} (the same links are in force on it as on the day it was built for). */
    boolean covers(LocalDate date) {
        if (date == null || anyDate) {
            return date == null && anyDate;
        }
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    int entities() {
        return ownersStart.length - 1;
    }

    /**
     * The index of the links in force on {@code date} (null: every link), valid from the last day a link
     * started or ended on or before it to the day before the next.
     *
     * @param byOwned the graph's links by owned key, in the graph's order (the order the walk reads them in)
     */
    static OwnershipIndex build(List<OwnershipLink> links, Map<String, List<OwnershipLink>> byOwned, LocalDate date) {
        LocalDate from = null;
        LocalDate to = null;
        if (date != null) {
            for (OwnershipLink l : links) {
                // a link changes on its start day and the day after its end
                for (LocalDate change : new LocalDate[] {
                    l.startDate(), l.endDate() == null ? null : l.endDate().plusDays(1)
                }) {
                    if (change == null) {
                        continue;
                    }
                    if (!change.isAfter(date)) {
                        from = from == null || change.isAfter(from) ? change : from;
                    } else {
                        LocalDate last = change.minusDays(1);
                        to = to == null || last.isBefore(to) ? last : to;
                    }
                }
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (String k : byOwned.keySet()) {
            ids.put(k, keys.size());
            keys.add(k);
        }
        // owners that own something but are owned by nothing have ids too (a node the walk can reach)
        for (OwnershipLink l : links) {
            String k = OwnershipGraph.key(l.owner());
            if (!ids.containsKey(k)) {
                ids.put(k, keys.size());
                keys.add(k);
            }
        }
        int n = keys.size();
        boolean[] odd = new boolean[n];
        int[] start = new int[n + 1];
        int[] owners = new int[Math.max(16, links.size())];
        int edges = 0;
        List<String> names = new ArrayList<>(links.size());
        List<String> countries = new ArrayList<>(links.size());
        List<List<OwnerNode.Holding>> holdings = new ArrayList<>(n);
        // one entity's owners merged, reused: most have one to three, a linear search is the cheapest map
        List<Merged> merged = new ArrayList<>();
        for (int id = 0; id < n; id++) {
            start[id] = edges;
            String key = keys.get(id);
            List<OwnershipLink> ls = byOwned.getOrDefault(key, List.of());
            merged.clear();
            for (OwnershipLink l : ls) {
                if (date != null && !l.inForceOn(date)) {
                    continue;
                }
                int o = ids.get(OwnershipGraph.key(l.owner()));
                if (o == id) {
                    odd[id] = true; // a self-holding: the walk notes it
                    continue;
                }
                Merged m = null;
                for (Merged x : merged) {
                    if (x.owner == o) {
                        m = x;
                        break;
                    }
                }
                if (m == null) {
                    merged.add(new Merged(o, l));
                    continue;
                }
                if (m.percent != null && l.percent() != null && !m.percent.equals(l.percent())) {
                    odd[id] = true; // sources disagree: the walk notes it
                }
                m.percent = larger(m.percent, l.percent());
                m.source(l.source());
            }
            double sum = 0;
            List<OwnerNode.Holding> hs = new ArrayList<>(merged.size());
            for (Merged m : merged) {
                if (edges == owners.length) {
                    owners = Arrays.copyOf(owners, edges * 2);
                }
                owners[edges++] = m.owner;
                names.add(m.name);
                countries.add(m.country);
                sum += m.percent == null ? 0 : m.percent;
                hs.add(new OwnerNode.Holding(m.name, m.percent, m.sources()));
            }
            if (sum > 100 + EPSILON) {
                odd[id] = true; // shares over 100 %: the walk notes it
            }
            holdings.add(hs.isEmpty() ? List.of() : List.copyOf(hs));
        }
        start[n] = edges;
        int[] owner = Arrays.copyOf(owners, edges);
        spreadDown(start, owner, odd);
        return new OwnershipIndex(
                from,
                to,
                date == null,
                ids, // not copied: ten thousands to millions of keys, never handed out
                start,
                owner,
                names.toArray(String[]::new),
                countries.toArray(String[]::new),
                List.copyOf(holdings),
                keys.toArray(String[]::new),
                odd);
    }

    /** One owner of one entity, its links merged as the walk merges them (the first link names it). */
    private static final class Merged {
        final int owner;
        final String name;
        final String country;
        Double percent;
        /** The one source, until a second one makes a sorted set (the walk's TreeSet, joined with "; "). */
        String source;

        TreeSet<String> sources;

        Merged(int owner, OwnershipLink first) {
            this.owner = owner;
            this.name = first.owner();
            this.country = first.ownerCountry();
            this.percent = first.percent();
            this.source = first.source();
        }

        void source(String s) {
            if (sources == null) {
                if (s.equals(source)) {
                    return;
                }
                sources = new TreeSet<>();
                sources.add(source);
            }
            sources.add(s);
        }

        String sources() {
            return sources == null ? source : String.join("; ", sources);
        }
    }

    /** As the walk merges two sources' shares: a known one wins over an unknown one, of two known the larger. */
    private static Double larger(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Double.valueOf(Math.max(a, b));
    }

    /**
     * An entity is odd when it is odd itself or any owner above it is, or when it sits in or below a cycle.
     * Owners before holdings (Kahn's order, owners first): what is left when no entity is free is a cycle
     * or below one.
     */
    private static void spreadDown(int[] start, int[] owner, boolean[] odd) {
        int n = start.length - 1;
        int[] unsettled = new int[n];
        int[] heldStart = new int[n + 1];
        for (int id = 0; id < n; id++) {
            unsettled[id] = start[id + 1] - start[id];
        }
        for (int o : owner) {
            heldStart[o + 1]++;
        }
        for (int i = 0; i < n; i++) {
            heldStart[i + 1] += heldStart[i];
        }
        int[] next = Arrays.copyOf(heldStart, n);
        int[] held = new int[owner.length];
        for (int id = 0; id < n; id++) {
            for (int e = start[id]; e < start[id + 1]; e++) {
                held[next[owner[e]]++] = id;
            }
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int id = 0; id < n; id++) {
            if (unsettled[id] == 0) {
                queue[tail++] = id;
            }
        }
        boolean[] settled = new boolean[n];
        while (head < tail) {
            int id = queue[head++];
            settled[id] = true;
            for (int e = start[id]; e < start[id + 1] && !odd[id]; e++) {
                odd[id] = odd[owner[e]];
            }
            for (int h = heldStart[id]; h < heldStart[id + 1]; h++) {
                if (--unsettled[held[h]] == 0) {
                    queue[tail++] = held[h];
                }
            }
        }
        for (int id = 0; id < n; id++) {
            if (!settled[id]) {
                odd[id] = true; // in a cycle, or held through one
            }
        }
    }

    /**
     * The party's result when every owner above it is unlisted and nothing above it is odd; null when the
     * full walk must answer (an owner with a list entry, a cycle, a self-holding, shares over 100 %,
     * disagreeing sources, more owners than the walk takes).
     */
    OwnershipResult clearOrNull(
            String party,
            String partyCountry,
            String rootKey,
            Function<String, List<Listing>> listings,
            List<OwnershipRule> rules) {
        Integer root = idByKey.get(rootKey);
        if (root == null) {
            return OwnershipResult.none(party);
        }
        if (odd[root]) {
            return null;
        }
        if (ownersStart[root] == ownersStart[root + 1]) {
            return OwnershipResult.none(party);
        }
        // breadth first, each entity once, in the walk's order: the nodes come out as OwnershipCheck lists them
        IntSet seen = new IntSet();
        seen.add(root);
        int[] queue = new int[16];
        queue[0] = root;
        int head = 0;
        int tail = 1;
        List<OwnerNode> nodes = new ArrayList<>();
        nodes.add(new OwnerNode(party, partyCountry, List.of(), holdings.get(root)));
        while (head < tail) {
            int id = queue[head++];
            for (int e = ownersStart[id]; e < ownersStart[id + 1]; e++) {
                int o = owner[e];
                if (!seen.add(o)) {
                    continue;
                }
                if (nodes.size() >= OwnershipCheck.MAX_NODES) {
                    return null;
                }
                List<Listing> ls = listings instanceof OwnershipCheck.Listings byKey
                        ? byKey.byKey(keys[o], ownerName[e])
                        : listings.apply(ownerName[e]);
                if (!ls.isEmpty()) {
                    return null;
                }
                nodes.add(found[e]);
                if (tail == queue.length) {
                    queue = Arrays.copyOf(queue, tail * 2);
                }
                queue[tail++] = o;
            }
        }
        List<RuleOutcome> outcomes = new ArrayList<>(rules.size());
        for (OwnershipRule rule : rules) {
            outcomes.add(new RuleOutcome(
                    rule,
                    Standing.CLEAR,
                    0,
                    List.of(),
                    List.of(),
                    party + " has no owner on " + String.join(", ", new TreeSet<>(rule.lists()))));
        }
        return new OwnershipResult(party, nodes, outcomes, List.of());
    }

    /** A small open-addressing set of ids: one lookup walks hundreds of owners, a HashSet would box each. */
    private static final class IntSet {
        private int[] slots = new int[64];
        private int size;

        IntSet() {
            Arrays.fill(slots, -1);
        }

        boolean add(int v) {
            if (size * 2 >= slots.length) {
                int[] old = slots;
                slots = new int[old.length * 2];
                Arrays.fill(slots, -1);
                for (int x : old) {
                    if (x >= 0) {
                        insert(x);
                    }
                }
            }
            if (insert(v)) {
                size++;
                return true;
            }
            return false;
        }

        private boolean insert(int v) {
            int mask = slots.length - 1;
            for (int i = (v * 0x9E3779B9) >>> 7 & mask; ; i = (i + 1) & mask) {
                if (slots[i] == v) {
                    return false;
                }
                if (slots[i] < 0) {
                    slots[i] = v;
                    return true;
                }
            }
        }
    }
}
