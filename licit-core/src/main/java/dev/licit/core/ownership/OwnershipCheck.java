package dev.licit.core.ownership;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The 50 % computation, the package's one entry point: a party's owners on a date (the order's,
 * merged with the graph's links in force), each screened, and where the party stands under each
 * rule (regulation-2026.md section 3).
 *
 * <p>Counting: an owner counts when it is listed on one of the rule's lists, or is itself covered;
 * shares of different counting owners add up; a covered owner passes on its whole holding, never a
 * multiplied share. "Covered" is the least fixed point of that definition over the owners above the
 * party, so a cycle is walked a bounded number of times and cannot create coverage from nothing.
 * The same computation with unknown shares read as 100 % gives Red Flag 29 (the share could reach
 * the threshold); with possible matches read as matches, a standing a reviewer must settle.
 */
public final class OwnershipCheck {
    /** Owners beyond this many are not walked (the result says so and is not a clearance). */
    static final int MAX_NODES = 5_000;

    /** Shares are sums of decimals: 25.005 + 24.995 is 50, not 49.999999999. */
    private static final double EPSILON = 1e-9;

    private static final int MAX_CYCLE_NOTES = 10;

    private OwnershipCheck() {}

    /**
     * The list entries of an owner, asked by name; a caller that finds them by the name's {@link
     * OwnershipGraph#key} (as the engine does) can take the key the precomputed index already holds instead
     * of working it out again for each of hundreds of owners. Both must give the same answer.
     */
    public interface Listings extends Function<String, List<Listing>> {
        default List<Listing> byKey(String key, String name) {
            return apply(name);
        }
    }

    /**
     * @param party the party's name
     * @param declared the links the order gives (owner of owned, at any depth)
     * @param graph imported ownership; links in force on {@code date} are read
     * @param listings the list entries screening found for an owner's name (called once per owner)
     * @param rules the 50 % rules of the rulebook
     */
    public static OwnershipResult of(
            String party,
            String partyCountry,
            List<OwnershipLink> declared,
            OwnershipGraph graph,
            LocalDate date,
            Function<String, List<Listing>> listings,
            List<OwnershipRule> rules) {
        String rootKey = OwnershipGraph.key(party);
        if (declared.isEmpty()) {
            // the precomputed index answers a party with no listed or odd owner above it in a few array
            // reads, with the same result the walk below gives; it returns null for any other party
            OwnershipIndex index = graph.index(date);
            OwnershipResult quick =
                    index == null ? null : index.clearOrNull(party, partyCountry, rootKey, listings, rules);
            if (quick != null) {
                return quick;
            }
        }
        if (declared.isEmpty() && graph.ownersOf(party, date).isEmpty()) {
            return OwnershipResult.none(party);
        }
        List<String> notes = new ArrayList<>();
        Map<String, Node> nodes = walk(party, partyCountry, declared, graph, date, notes);
        boolean truncated = nodes.size() >= MAX_NODES;
        boolean overfull = false;
        for (Node n : nodes.values()) {
            overfull |= n.overfull;
            if (!n.key.equals(rootKey)) {
                n.listings = List.copyOf(listings.apply(n.name));
            }
        }
        cycles(nodes, rootKey, notes);
        Node root = nodes.get(rootKey);
        List<RuleOutcome> outcomes = new ArrayList<>();
        for (OwnershipRule rule : rules) {
            outcomes.add(outcome(rule, root, nodes, overfull, truncated));
        }
        List<OwnerNode> out = new ArrayList<>();
        for (Node n : nodes.values()) {
            List<OwnerNode.Holding> hs = new ArrayList<>();
            for (Edge e : n.owners.values()) {
                hs.add(new OwnerNode.Holding(e.ownerName, e.percent, String.join("; ", e.sources)));
            }
            out.add(new OwnerNode(n.name, n.country, n.listings, hs));
        }
        return new OwnershipResult(party, out, outcomes, notes);
    }

    private static final class Node {
        final String key;
        final String name;
        final String country;
        final Map<String, Edge> owners = new LinkedHashMap<>();
        /** The walked nodes this one holds a share of (the edges down, for the count). */
        final List<String> holdings = new ArrayList<>();

        List<Listing> listings = List.of();
        boolean overfull;

        Node(String key, String name, String country) {
            this.key = key;
            this.name = name;
            this.country = country;
        }
    }

    private static final class Edge {
        final String ownerKey;
        final String ownerName;
        Double percent;
        final Set<String> sources = new TreeSet<>();

        Edge(String ownerKey, String ownerName) {
            this.ownerKey = ownerKey;
            this.ownerName = ownerName;
        }
    }

    /** Every owner above the party, breadth first, each once (a visited set: cycles end here). */
    private static Map<String, Node> walk(
            String party,
            String partyCountry,
            List<OwnershipLink> declared,
            OwnershipGraph graph,
            LocalDate date,
            List<String> notes) {
        Map<String, List<OwnershipLink>> declaredByOwned = new HashMap<>();
        for (OwnershipLink l : declared) {
            declaredByOwned
                    .computeIfAbsent(OwnershipGraph.key(l.owned()), k -> new ArrayList<>())
                    .add(l);
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        String rootKey = OwnershipGraph.key(party);
        nodes.put(rootKey, new Node(rootKey, party, partyCountry));
        Deque<String> queue = new ArrayDeque<>(List.of(rootKey));
        boolean truncatedNoted = false;
        while (!queue.isEmpty()) {
            Node n = nodes.get(queue.poll());
            List<OwnershipLink> links = new ArrayList<>(declaredByOwned.getOrDefault(n.key, List.of()));
            links.addAll(graph.ownersOf(n.name, date));
            for (OwnershipLink l : links) {
                String ok = OwnershipGraph.key(l.owner());
                if (ok.equals(n.key)) {
                    notes.add(n.name + " is recorded as owning itself (" + percentWords(l.percent()) + ", " + l.source()
                            + "): a self-holding is no owner and is left out");
                    continue;
                }
                if (!nodes.containsKey(ok)) {
                    if (nodes.size() >= MAX_NODES) {
                        if (!truncatedNoted) {
                            notes.add("more than " + MAX_NODES + " owners above " + party
                                    + ": the rest were not walked, so no clearance rests on them");
                            truncatedNoted = true;
                        }
                        continue;
                    }
                    nodes.put(ok, new Node(ok, l.owner(), l.ownerCountry()));
                    queue.add(ok);
                }
                Edge e = n.owners.get(ok);
                if (e == null) {
                    e = new Edge(ok, l.owner());
                    n.owners.put(ok, e);
                    nodes.get(ok).holdings.add(n.key);
                }
                if (e.percent != null && l.percent() != null && !e.percent.equals(l.percent())) {
                    notes.add("sources disagree on " + e.ownerName + "'s share of " + n.name + " ("
                            + Contribution.percent(e.percent) + " % and " + Contribution.percent(l.percent())
                            + " %): the larger is counted");
                }
                e.percent = larger(e.percent, l.percent());
                e.sources.add(l.source());
            }
            double sum = 0;
            for (Edge e : n.owners.values()) {
                sum += e.percent == null ? 0 : e.percent;
            }
            if (sum > 100 + EPSILON) {
                n.overfull = true;
                notes.add("the recorded shares of " + n.name + " add up to " + Contribution.percent(sum)
                        + " %, more than 100: the data contradicts itself, so a listed owner's share is not"
                        + " taken as settled");
            }
        }
        return nodes;
    }

    /** A known share wins over an unknown one; of two known, the larger (the side that sees a listed owner). */
    private static Double larger(Double a, Double b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    private static String percentWords(Double p) {
        return p == null ? "share unknown" : Contribution.percent(p) + " %";
    }

    /** Reports each cycle met walking up from the party (a grey node met again), without walking it twice. */
    private static void cycles(Map<String, Node> nodes, String rootKey, List<String> notes) {
        Map<String, Integer> colour = new HashMap<>(); // absent white, 1 on the path, 2 done
        List<String> path = new ArrayList<>();
        Deque<Iterator<String>> stack = new ArrayDeque<>();
        colour.put(rootKey, 1);
        path.add(rootKey);
        stack.push(nodes.get(rootKey).owners.keySet().iterator());
        int reported = 0;
        while (!stack.isEmpty()) {
            Iterator<String> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                colour.put(path.removeLast(), 2);
                continue;
            }
            String k = it.next();
            Node n = nodes.get(k);
            if (n == null) {
                continue;
            }
            Integer c = colour.get(k);
            if (c == null) {
                colour.put(k, 1);
                path.add(k);
                stack.push(n.owners.keySet().iterator());
            } else if (c == 1 && reported++ < MAX_CYCLE_NOTES) {
                List<String> names = new ArrayList<>();
                for (String p : path.subList(path.indexOf(k), path.size())) {
                    names.add(nodes.get(p).name);
                }
                names.add(n.name);
                notes.add("ownership cycle: " + String.join(" is owned by ", names)
                        + "; each holding in it is counted once, and only from an owner that is listed or covered"
                        + " without it");
            }
        }
    }

    private enum Mode {
        /** Confirmed matches, unknown shares read as nothing. */
        KNOWN,
        /** Confirmed matches, unknown shares read as whole (Red Flag 29). */
        UNKNOWN_WHOLE,
        /** Possible matches too, unknown shares whole. */
        POSSIBLE
    }

    /**
     * @param overfull some entity's shares add up to over 100 %: doubtful when a listed owner is above the party
     * @param truncated owners were left unwalked: never clear, an unwalked owner may be listed
     */
    private static RuleOutcome outcome(
            OwnershipRule rule, Node root, Map<String, Node> nodes, boolean overfull, boolean truncated) {
        double thr = rule.thresholdPercent();
        Set<String> known = covered(rule, nodes, root.key, Mode.KNOWN);
        double share = share(root, known, Mode.KNOWN);
        if (known.contains(root.key)) {
            List<Contribution> path = path(rule, root, nodes, known, Mode.KNOWN, new HashSet<>());
            return result(
                    rule,
                    Standing.COVERED,
                    share,
                    path,
                    root.name + " is " + Contribution.percent(share) + " % owned by listed parties: "
                            + Contribution.join(path));
        }
        Set<String> whole = covered(rule, nodes, root.key, Mode.UNKNOWN_WHOLE);
        if (whole.contains(root.key)) {
            List<Contribution> path = path(rule, root, nodes, whole, Mode.UNKNOWN_WHOLE, new HashSet<>());
            return result(
                    rule,
                    Standing.UNRESOLVED,
                    share,
                    path,
                    root.name + " may be " + Contribution.percent(thr) + " % or more owned by listed parties: a listed"
                            + " owner's share is not known (" + Contribution.percent(share) + " % known): "
                            + Contribution.join(path));
        }
        Set<String> possible = covered(rule, nodes, root.key, Mode.POSSIBLE);
        boolean anyListed = possible.stream().anyMatch(k -> !k.equals(root.key));
        if (possible.contains(root.key) || (overfull && anyListed) || truncated) {
            List<Contribution> path = path(rule, root, nodes, possible, Mode.POSSIBLE, new HashSet<>());
            return result(
                    rule,
                    Standing.DOUBTFUL,
                    share,
                    path,
                    root.name + " may be " + Contribution.percent(thr) + " % or more owned by listed parties ("
                            + (possible.contains(root.key)
                                    ? "if a possible list match is confirmed"
                                    : truncated
                                            ? "more owners than were walked"
                                            : "the ownership data contradicts itself")
                            + "): " + Contribution.join(path));
        }
        List<Contribution> path = path(rule, root, nodes, known, Mode.KNOWN, new HashSet<>());
        return result(
                rule,
                Standing.CLEAR,
                share,
                path,
                path.isEmpty()
                        ? root.name + " has no owner on " + String.join(", ", new TreeSet<>(rule.lists()))
                        : root.name + " is " + Contribution.percent(share) + " % owned by listed parties, below "
                                + Contribution.percent(thr) + " %: " + Contribution.join(path));
    }

    private static RuleOutcome result(
            OwnershipRule rule, Standing standing, double share, List<Contribution> path, String text) {
        Set<String> lists = new TreeSet<>();
        collectLists(path, lists);
        return new RuleOutcome(rule, standing, share, List.copyOf(lists), path, text);
    }

    private static void collectLists(List<Contribution> path, Set<String> into) {
        for (Contribution c : path) {
            c.listings().forEach(l -> into.add(l.list()));
            collectLists(c.via(), into);
        }
    }

    private static boolean listed(OwnershipRule rule, Node n, Mode mode) {
        for (Listing l : n.listings) {
            if (rule.lists().contains(l.list()) && (!l.possible() || mode == Mode.POSSIBLE)) {
                return true;
            }
        }
        return false;
    }

    private static double percent(Edge e, Mode mode) {
        if (e.percent != null) {
            return e.percent;
        }
        return mode == Mode.KNOWN ? 0 : 100;
    }

    /**
     * The least fixed point: listed owners, then every entity their holdings (and the covered ones')
     * bring to the threshold. A node is covered once and never uncovered, so the order of the
     * worklist does not change the result.
     */
    private static Set<String> covered(OwnershipRule rule, Map<String, Node> nodes, String rootKey, Mode mode) {
        Set<String> covered = new HashSet<>();
        for (Node n : nodes.values()) {
            if (!n.key.equals(rootKey) && listed(rule, n, mode)) {
                covered.add(n.key);
            }
        }
        // a worklist: each newly covered node adds its holdings' shares once, so each edge is read once
        Deque<Node> queue = new ArrayDeque<>();
        covered.forEach(k -> queue.add(nodes.get(k)));
        Map<String, Double> shares = new HashMap<>();
        while (!queue.isEmpty()) {
            Node c = queue.poll();
            for (String hk : c.holdings) {
                if (covered.contains(hk)) {
                    continue;
                }
                Node h = nodes.get(hk);
                double sum = shares.merge(hk, percent(h.owners.get(c.key), mode), Double::sum);
                if (sum >= rule.thresholdPercent() - EPSILON) {
                    covered.add(hk);
                    queue.add(h);
                }
            }
        }
        return covered;
    }

    private static double share(Node n, Set<String> covered, Mode mode) {
        double sum = 0;
        for (Edge e : n.owners.values()) {
            if (covered.contains(e.ownerKey)) {
                sum += percent(e, mode);
            }
        }
        return sum;
    }

    /** The owners that make up {@code n}'s share, each with its listing or, when only covered, its own owners. */
    private static List<Contribution> path(
            OwnershipRule rule, Node n, Map<String, Node> nodes, Set<String> covered, Mode mode, Set<String> seen) {
        seen.add(n.key);
        List<Contribution> out = new ArrayList<>();
        for (Edge e : n.owners.values()) {
            Node o = nodes.get(e.ownerKey);
            if (o == null || !covered.contains(o.key) || percent(e, mode) <= 0) {
                continue;
            }
            List<Listing> ls = new ArrayList<>();
            for (Listing l : o.listings) {
                if (rule.lists().contains(l.list()) && (!l.possible() || mode == Mode.POSSIBLE)) {
                    ls.add(l);
                }
            }
            List<Contribution> via =
                    ls.isEmpty() && !seen.contains(o.key) ? path(rule, o, nodes, covered, mode, seen) : List.of();
            out.add(new Contribution(o.name, e.percent, ls, via));
        }
        return out;
    }
}
