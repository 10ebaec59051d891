package dev.licit.batch.ownership;

import java.util.Arrays;

/**
 * The least fixed point of "covered" for one rule in one reading, over the whole graph at once:
 * listed entities first, then every entity whose covered owners' shares reach the threshold, each
 * covered entity passing its holdings on exactly once (a worklist, so a link is read at most once and
 * a cycle cannot cover anything by itself). Then the list codes behind each entity: those of the listed
 * owners reached up through covered, unlisted owners, as OwnershipCheck's path collects them.
 */
final class Fixpoint {
    /** How a reading counts (OwnershipCheck's modes). */
    enum Reading {
        /** Confirmed matches; an unknown share counts as nothing. */
        KNOWN,
        /** Confirmed matches; an unknown share counts as whole (Red Flag 29). */
        UNKNOWN_WHOLE,
        /** Possible matches too; unknown shares whole. */
        POSSIBLE
    }

    final boolean[] covered;
    /** The sum of the shares each entity's covered owners hold: its share under this reading. */
    final long[] share;
    /** Bit i: the rule's i-th list is behind the entity (a listed owner up a covered path). */
    final int[] lists;

    private Fixpoint(boolean[] covered, long[] share, int[] lists) {
        this.covered = covered;
        this.share = share;
        this.lists = lists;
    }

    static long counted(long units, Reading reading) {
        if (units != Shares.UNKNOWN) {
            return units;
        }
        return reading == Reading.KNOWN ? 0 : Shares.WHOLE;
    }

    /**
     * @param seeds bit i set: the entity is on the rule's i-th list in this reading
     * @param threshold the threshold in units, less the tolerance ({@link Shares#threshold})
     */
    static Fixpoint of(CompactGraph g, int[] seeds, long threshold, Reading reading) {
        int n = g.nodes();
        boolean[] covered = new boolean[n];
        long[] share = new long[n];
        IntQueue queue = new IntQueue();
        for (int i = 0; i < n; i++) {
            if (seeds[i] != 0) {
                covered[i] = true;
                queue.add(i);
            }
        }
        while (!queue.isEmpty()) {
            int c = queue.poll();
            for (int e = g.holdingsStart[c]; e < g.holdingsStart[c + 1]; e++) {
                int h = g.holding[e];
                share[h] += counted(g.holdingUnits[e], reading);
                if (!covered[h] && share[h] >= threshold) {
                    covered[h] = true;
                    queue.add(h);
                }
            }
        }
        return new Fixpoint(covered, share, lists(g, seeds, covered, reading));
    }

    /** What an entity passes down as the lists behind it: its own when listed, else those behind it when covered. */
    private static int passed(int node, int[] seeds, boolean[] covered, int[] lists) {
        if (seeds[node] != 0) {
            return seeds[node];
        }
        return covered[node] ? lists[node] : 0;
    }

    private static int[] lists(CompactGraph g, int[] seeds, boolean[] covered, Reading reading) {
        int[] lists = new int[g.nodes()];
        IntQueue queue = new IntQueue();
        for (int i = 0; i < seeds.length; i++) {
            if (seeds[i] != 0) {
                queue.add(i);
            }
        }
        // a node is queued again only when its bits grow, and bits only grow: at most 32 times each
        while (!queue.isEmpty()) {
            int o = queue.poll();
            int bits = passed(o, seeds, covered, lists);
            for (int e = g.holdingsStart[o]; e < g.holdingsStart[o + 1]; e++) {
                int h = g.holding[e];
                if (counted(g.holdingUnits[e], reading) <= 0 || (lists[h] | bits) == lists[h]) {
                    continue;
                }
                lists[h] |= bits;
                if (covered[h] && seeds[h] == 0) {
                    queue.add(h);
                }
            }
        }
        return lists;
    }

    /** A growable FIFO of ints: the worklists hold millions of nodes, boxed they would cost ten times the memory. */
    static final class IntQueue {
        private int[] items = new int[256];
        private int head;
        private int tail;

        void add(int v) {
            if (tail == items.length) {
                if (head > items.length / 2) {
                    System.arraycopy(items, head, items, 0, tail - head);
                    tail -= head;
                    head = 0;
                } else {
                    items = Arrays.copyOf(items, items.length * 2);
                }
            }
            items[tail++] = v;
        }

        int poll() {
            return items[head++];
        }

        boolean isEmpty() {
            return head == tail;
        }
    }
}
