package dev.licit.batch.ownership;

import dev.licit.batch.ownership.Fixpoint.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The covered set of a whole graph under each rule, with OwnershipCheck's semantics for every entity
 * that is not itself listed: COVERED on known shares and confirmed matches; else UNRESOLVED when unknown
 * shares read as whole would cover it; else DOUBTFUL when possible matches would, or when shares above
 * it add up to over 100 % and a listed or covered owner is above it. Three fixed points a rule
 * (Fixpoint), each linear in the links it reads, and two downward reachabilities for the doubt.
 */
public final class CoveredComputation {
    private CoveredComputation() {}

    /** The rows, sorted by entity key then rule. */
    public static List<CoveredRow> rows(CompactGraph g, ListedOwners listed, List<CoveredRule> rules) {
        int n = g.nodes();
        boolean[] overfull = overfull(g);
        boolean[] overfullBelow = below(g, overfull);
        List<CoveredRow> rows = new ArrayList<>();
        List<List<CoveredRow>> byRule = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            CoveredRule rule = rules.get(r);
            int[] confirmed = new int[n];
            int[] any = new int[n];
            seeds(g, listed, rule, confirmed, any);
            long threshold = Shares.threshold(rule.thresholdPercent());
            Fixpoint known = Fixpoint.of(g, confirmed, threshold, Reading.KNOWN);
            Fixpoint whole = Fixpoint.of(g, confirmed, threshold, Reading.UNKNOWN_WHOLE);
            Fixpoint possible = Fixpoint.of(g, any, threshold, Reading.POSSIBLE);
            boolean[] possibleAbove = below(g, possible.covered);
            List<CoveredRow> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                CoveredStanding s;
                int bits;
                if (confirmed[i] != 0) {
                    s = CoveredStanding.LISTED;
                    bits = any[i];
                } else if (any[i] != 0) {
                    s = CoveredStanding.POSSIBLY_LISTED;
                    bits = any[i];
                } else if (known.covered[i]) {
                    s = CoveredStanding.COVERED;
                    bits = known.lists[i];
                } else if (whole.covered[i]) {
                    s = CoveredStanding.UNRESOLVED;
                    bits = whole.lists[i];
                } else if (possible.covered[i] || ((overfull[i] || overfullBelow[i]) && possibleAbove[i])) {
                    s = CoveredStanding.DOUBTFUL;
                    bits = possible.lists[i];
                } else {
                    continue;
                }
                out.add(new CoveredRow(
                        g.key(i), g.name(i), r, rule.id(), s, Shares.words(known.share[i]), codes(rule, bits)));
            }
            byRule.add(out);
        }
        byRule.forEach(rows::addAll);
        rows.sort(CoveredRow.ORDER);
        return rows;
    }

    private static void seeds(CompactGraph g, ListedOwners listed, CoveredRule rule, int[] confirmed, int[] any) {
        // from the listed entities to the graph (tens of thousands of keys), not from every node to the list
        for (Map.Entry<String, ListedOwners.Entry> le : listed.byKey().entrySet()) {
            int i = g.id(le.getKey());
            if (i < 0) {
                continue;
            }
            ListedOwners.Entry e = le.getValue();
            for (int b = 0; b < rule.lists().size(); b++) {
                String code = rule.lists().get(b);
                if (e.confirmed().contains(code)) {
                    confirmed[i] |= 1 << b;
                    any[i] |= 1 << b;
                } else if (e.possible().contains(code)) {
                    any[i] |= 1 << b;
                }
            }
        }
    }

    static String codes(CoveredRule rule, int bits) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rule.lists().size(); i++) {
            if ((bits & (1 << i)) != 0) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(rule.lists().get(i));
            }
        }
        return b.toString();
    }

    /** Entities whose recorded known shares add up to over 100 % (OwnershipCheck: the data contradicts itself). */
    static boolean[] overfull(CompactGraph g) {
        boolean[] out = new boolean[g.nodes()];
        for (int i = 0; i < g.nodes(); i++) {
            long sum = 0;
            for (int e = g.ownersStart[i]; e < g.ownersStart[i + 1]; e++) {
                sum += Math.max(0, g.ownerUnits[e]);
            }
            out[i] = sum > Shares.WHOLE + 1;
        }
        return out;
    }

    /**
     * Every entity strictly below a marked one (reached over one link or more). A marked entity is
     * reached only when a cycle comes back to it: callers that count the entity itself (an overfull
     * entity doubts its own standing) add the mark.
     */
    static boolean[] below(CompactGraph g, boolean[] marked) {
        boolean[] reached = new boolean[g.nodes()];
        Fixpoint.IntQueue queue = new Fixpoint.IntQueue();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i]) {
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int c = queue.poll();
            for (int e = g.holdingsStart[c]; e < g.holdingsStart[c + 1]; e++) {
                int h = g.holding[e];
                if (!reached[h]) {
                    reached[h] = true;
                    queue.add(h);
                }
            }
        }
        return reached;
    }
}
