package dev.licit.batch.ownership;

import dev.licit.core.ownership.OwnershipGraph;
import java.util.Arrays;

/**
 * An ownership graph as int arrays: nodes numbered by name key ({@link OwnershipGraph#key}, as
 * OwnershipCheck joins names), each link between two nodes once (the larger share, as OwnershipCheck
 * counts a link two sources give), self-links left out and counted, and both directions as compressed
 * adjacency (owners up, holdings down). Ten million links take about 300 MB here, where objects per
 * link would take gigabytes.
 */
public final class CompactGraph {
    /** The nodes' keys and names by id, and the id of a key. */
    interface NodeNames {
        String name(int id);

        String key(int id);

        /** The id of the node with this key, or -1. */
        int id(String key);
    }

    private final NodeNames nodeNames;
    private final int nodes;
    /** ownersStart[n] .. ownersStart[n+1]: the owners of n in {@link #ownerOf}, the shares in {@link #ownerUnits}. */
    final int[] ownersStart;

    final int[] ownerOf;
    final long[] ownerUnits;
    /** holdingsStart[n] .. holdingsStart[n+1]: what n holds in {@link #holding}, the shares in {@link #holdingUnits}. */
    final int[] holdingsStart;

    final int[] holding;
    final long[] holdingUnits;
    final long selfLinks;
    final long linksRead;

    private CompactGraph(
            NodeNames nodeNames,
            int n,
            long selfLinks,
            long linksRead,
            int[] ownersStart,
            int[] ownerOf,
            long[] ownerUnits) {
        this.nodeNames = nodeNames;
        this.nodes = n;
        this.ownersStart = ownersStart;
        this.ownerOf = ownerOf;
        this.ownerUnits = ownerUnits;
        this.selfLinks = selfLinks;
        this.linksRead = linksRead;
        // the holdings: a counting sort of the same links by owner
        int[] start = new int[n + 1];
        for (int o : ownerOf) {
            start[o + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] next = Arrays.copyOf(start, n);
        int[] h = new int[ownerOf.length];
        long[] hu = new long[ownerOf.length];
        for (int owned = 0; owned < n; owned++) {
            for (int e = ownersStart[owned]; e < ownersStart[owned + 1]; e++) {
                int slot = next[ownerOf[e]]++;
                h[slot] = owned;
                hu[slot] = ownerUnits[e];
            }
        }
        this.holdingsStart = start;
        this.holding = h;
        this.holdingUnits = hu;
    }

    /** The name a node is written under (the smallest spelling met). */
    public String name(int id) {
        return nodeNames.name(id);
    }

    /** The node's key ({@link OwnershipGraph#key} of its names). */
    public String key(int id) {
        return nodeNames.key(id);
    }

    /** The id of the node with this key, or -1 when the graph has none. */
    public int id(String key) {
        return nodeNames.id(key);
    }

    public int nodes() {
        return nodes;
    }

    public int links() {
        return ownerOf.length;
    }

    public long selfLinks() {
        return selfLinks;
    }

    /** Links added, before self-links were left out and links given twice merged. */
    public long linksRead() {
        return linksRead;
    }

    /** Adds links one by one; {@link #build} numbers nothing anew, so node ids are the order names were met. */
    public static final class Builder {
        private final NodeIds idByKey = new NodeIds();
        private String[] names = new String[16];
        private String[] keys = new String[16];
        private int nodes;
        private LinkArrays links = new LinkArrays(16);
        private long linksRead;

        public void add(EdgeLine e) {
            add(e.owner(), OwnershipGraph.key(e.owner()), e.owned(), OwnershipGraph.key(e.owned()), e.units());
        }

        /** A link whose names are already keyed (by a reader thread: keying is half the reading). */
        public void add(String ownerName, String ownerKey, String ownedName, String ownedKey, long share) {
            linksRead++;
            int o = node(ownerName, ownerKey);
            int d = node(ownedName, ownedKey);
            links.add(o, d, share);
        }

        private int node(String name, String key) {
            int id = idByKey.get(key);
            if (id < 0) {
                id = nodes;
                idByKey.put(key, id);
                if (nodes == names.length) {
                    names = Arrays.copyOf(names, nodes * 2);
                    keys = Arrays.copyOf(keys, nodes * 2);
                }
                names[nodes] = name;
                keys[nodes] = key;
                nodes++;
            } else if (!names[id].equals(name) && name.compareTo(names[id]) < 0) {
                names[id] = name; // the smallest spelling names the node, whatever order the lines came in
            }
            return id;
        }

        public CompactGraph build() {
            String[] n = Arrays.copyOf(names, nodes);
            String[] k = Arrays.copyOf(keys, nodes);
            NodeIds ids = idByKey;
            NodeNames byId = new NodeNames() {
                @Override
                public String name(int id) {
                    return n[id];
                }

                @Override
                public String key(int id) {
                    return k[id];
                }

                @Override
                public int id(String key) {
                    return ids.get(key);
                }
            };
            CompactGraph g = assemble(
                    byId, nodes, links.owner, links.owned, links.units, links.size, links.selfLinks, linksRead);
            links = null;
            return g;
        }
    }

    /**
     * The graph of {@code links} links (owner[i] holds units[i] of owned[i], self-links already left out):
     * the owners by a counting sort on the owned node, each node's owners sorted and a link given twice
     * merged (the larger share).
     */
    static CompactGraph assemble(
            NodeNames names, int n, int[] owner, int[] owned, long[] units, int links, long selfLinks, long linksRead) {
        int[] start = new int[n + 1];
        for (int i = 0; i < links; i++) {
            start[owned[i] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] next = Arrays.copyOf(start, n);
        long[] packed = new long[links]; // owner id in the high half, the link's index in the low half
        for (int i = 0; i < links; i++) {
            packed[next[owned[i]]++] = ((long) owner[i] << 32) | i;
        }
        int[] compactStart = new int[n + 1];
        int[] ownerOf = new int[links];
        long[] ownerUnits = new long[links];
        int out = 0;
        for (int d = 0; d < n; d++) {
            compactStart[d] = out;
            Arrays.sort(packed, start[d], start[d + 1]);
            int first = out;
            for (int j = start[d]; j < start[d + 1]; j++) {
                int o = (int) (packed[j] >>> 32);
                long u = units[(int) packed[j]];
                if (out > first && ownerOf[out - 1] == o) {
                    ownerUnits[out - 1] = Shares.larger(ownerUnits[out - 1], u);
                } else {
                    ownerOf[out] = o;
                    ownerUnits[out] = u;
                    out++;
                }
            }
        }
        compactStart[n] = out;
        return new CompactGraph(
                names,
                n,
                selfLinks,
                linksRead,
                compactStart,
                Arrays.copyOf(ownerOf, out),
                Arrays.copyOf(ownerUnits, out));
    }
}
