package dev.licit.batch.ownership;

import java.util.ArrayList;
import java.util.List;

/**
 * The ownership cycles of a graph, as strongly connected components of more than one entity (Tarjan's
 * algorithm, iterative: a recursive one would overflow the stack on a chain of a million links). They
 * change nothing in the covered set (the fixed point walks each link once), but the data is wrong or
 * a cross-holding, and the report says so.
 *
 * @param examples up to five cycles' entities, by name
 */
public record Cycles(int count, long entities, List<List<String>> examples) {
    private static final int EXAMPLES = 5;

    public static Cycles of(CompactGraph g) {
        int n = g.nodes();
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(index, -1);
        int[] stack = new int[n];
        int sp = 0;
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        int next = 0;
        int count = 0;
        long entities = 0;
        List<List<String>> examples = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = g.holdingsStart[root];
            index[root] = low[root] = next++;
            stack[sp++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callEdge[depth] < g.holdingsStart[v + 1]) {
                    int w = g.holding[callEdge[depth]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = g.holdingsStart[w];
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int size = 0;
                    List<String> names = new ArrayList<>();
                    int w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        size++;
                        if (names.size() < 10) {
                            names.add(g.name(w));
                        }
                    } while (w != v);
                    if (size > 1) {
                        count++;
                        entities += size;
                        if (examples.size() < EXAMPLES) {
                            examples.add(List.copyOf(names.reversed()));
                        }
                    }
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return new Cycles(count, entities, List.copyOf(examples));
    }
}
