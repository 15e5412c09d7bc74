package org.coopgraph.analytics.resilience;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coopgraph.analytics.graph.CollaborationGraph;

/**
 * The node removal orders behind the robustness curves. Equal scores go to the lower node number
 * (id order), so each order depends only on the graph (and, for random orders, the seed).
 */
public final class RemovalOrders {

    private RemovalOrders() {
    }

    /** A uniformly random permutation (Fisher-Yates) drawn from {@code seed}. */
    public static int[] random(int n, long seed) {
        int[] order = IntStream.range(0, n).toArray();
        var random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** Highest score first, equal scores by node number. */
    public static int[] byScoreDescending(double[] scores) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(v -> -scores[v]).thenComparingInt(v -> v))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Highest degree in the intact graph first (static degree attack). */
    public static int[] degreeInitial(CollaborationGraph graph) {
        return byScoreDescending(IntStream.range(0, graph.size()).mapToDouble(graph::degree).toArray());
    }

    /**
     * Highest degree among the remaining nodes first, recomputed after every removal (adaptive degree
     * attack): a max-heap with lazy deletion, O((N + M) log N).
     */
    public static int[] degreeAdaptive(CollaborationGraph graph) {
        int n = graph.size();
        int[] degree = new int[n];
        boolean[] removed = new boolean[n];
        // key = degree in the high half, (n - 1 - node) in the low half: the max is the highest degree, lowest node
        var heap = new PriorityQueue<Long>(Math.max(1, n), Comparator.reverseOrder());
        for (int v = 0; v < n; v++) {
            degree[v] = graph.degree(v);
            heap.add(key(degree[v], v, n));
        }
        int[] order = new int[n];
        int taken = 0;
        while (taken < n) {
            long top = heap.poll();
            int v = n - 1 - (int) (top & 0xffffffffL);
            if (removed[v] || (int) (top >>> 32) != degree[v]) {
                continue;                                  // stale entry
            }
            removed[v] = true;
            order[taken++] = v;
            for (int p = graph.neighbourStart(v); p < graph.neighbourEnd(v); p++) {
                int w = graph.target(p);
                if (!removed[w]) {
                    degree[w]--;
                    heap.add(key(degree[w], w, n));
                }
            }
        }
        return order;
    }

    private static long key(int degree, int node, int n) {
        return ((long) degree << 32) | (n - 1 - node);
    }
}
