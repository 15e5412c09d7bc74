package org.coopgraph.analytics.resilience;

import java.util.Objects;
import org.coopgraph.analytics.graph.CollaborationGraph;

/**
 * The size of the largest connected component after each prefix of a removal order, by adding the
 * nodes back in reverse order into a union-find (union by size, path halving): O(N + M alpha(N))
 * per order instead of one breadth-first search per removal step (Newman and Ziff 2000, "Efficient
 * Monte Carlo algorithm and high-precision results for percolation", PRL 85).
 */
public final class LargestComponentCurve {

    private LargestComponentCurve() {
    }

    /**
     * {@code largest[q]} = nodes in the largest component once {@code order[0..q-1]} are removed, for
     * q = 0..N ({@code largest[N]} = 0). {@code order} must be a permutation of the graph's nodes.
     */
    public static int[] largestAfterRemovals(CollaborationGraph graph, int[] order) {
        Objects.requireNonNull(graph, "graph");
        int n = requirePermutation(graph, order);
        int[] parent = new int[n];
        int[] size = new int[n];
        java.util.Arrays.fill(parent, -1);               // -1: not (yet) added back
        int[] largest = new int[n + 1];
        int best = 0;
        for (int q = n - 1; q >= 0; q--) {
            int v = order[q];
            parent[v] = v;
            size[v] = 1;
            best = Math.max(best, 1);
            for (int p = graph.neighbourStart(v); p < graph.neighbourEnd(v); p++) {
                int w = graph.target(p);
                if (parent[w] < 0) {
                    continue;
                }
                int a = find(parent, v);
                int b = find(parent, w);
                if (a != b) {
                    if (size[a] < size[b]) {
                        int swap = a;
                        a = b;
                        b = swap;
                    }
                    parent[b] = a;
                    size[a] += size[b];
                    best = Math.max(best, size[a]);
                }
            }
            largest[q] = best;
        }
        return largest;
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static int requirePermutation(CollaborationGraph graph, int[] order) {
        Objects.requireNonNull(order, "order");
        int n = graph.size();
        if (order.length != n) {
            throw new IllegalArgumentException("order has " + order.length + " entries for " + n + " nodes");
        }
        boolean[] seen = new boolean[n];
        for (int v : order) {
            if (v < 0 || v >= n || seen[v]) {
                throw new IllegalArgumentException("order is not a permutation of the nodes: " + v);
            }
            seen[v] = true;
        }
        return n;
    }
}
