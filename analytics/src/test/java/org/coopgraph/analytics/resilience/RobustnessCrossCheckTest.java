package org.coopgraph.analytics.resilience;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.junit.jupiter.api.Test;

/** The fast curves and orders against naive recomputation on seeded random graphs. */
class RobustnessCrossCheckTest {

    @Test
    void shouldMatchABreadthFirstRecountAfterEveryRemoval() {
        var random = new Random(11);
        for (int round = 0; round < 40; round++) {
            var graph = Graphs.gnp(5 + random.nextInt(40), random.nextDouble() * 0.15, random);
            int[] order = RemovalOrders.random(graph.size(), random.nextLong());

            assertArrayEquals(naiveLargest(graph, order), LargestComponentCurve.largestAfterRemovals(graph, order), "round " + round);
        }
    }

    @Test
    void shouldMatchAnAdaptiveDegreeOrderRecomputedByScanning() {
        var random = new Random(12);
        for (int round = 0; round < 40; round++) {
            var graph = Graphs.gnp(5 + random.nextInt(40), random.nextDouble() * 0.2, random);

            assertArrayEquals(naiveAdaptive(graph), RemovalOrders.degreeAdaptive(graph), "round " + round);
        }
    }

    @Test
    void shouldAverageTheRandomCurveOverItsOrders() {
        var graph = Graphs.gnp(30, 0.08, new Random(13));
        var options = RobustnessOptions.defaults().withRandomOrders(5).withSeed(99);
        var seeds = new java.util.SplittableRandom(99);
        double total = 0;
        for (int k = 0; k < 5; k++) {
            int[] largest = naiveLargest(graph, RemovalOrders.random(30, seeds.nextLong()));
            for (int q = 1; q <= 30; q++) {
                total += largest[q];
            }
        }
        var curve = RobustnessAnalysis.analyse(graph, options).curve(RemovalStrategy.RANDOM);

        assertEquals(total / 5 / 30 / 30, curve.robustnessIndex(), 1e-12);
    }

    private static int[] naiveLargest(CollaborationGraph graph, int[] order) {
        int n = graph.size();
        int[] largest = new int[n + 1];
        boolean[] gone = new boolean[n];
        for (int q = 0; q <= n; q++) {
            if (q > 0) {
                gone[order[q - 1]] = true;
            }
            boolean[] seen = gone.clone();
            for (int s = 0; s < n; s++) {
                if (!seen[s]) {
                    largest[q] = Math.max(largest[q], bfs(graph, s, seen));
                }
            }
        }
        return largest;
    }

    private static int bfs(CollaborationGraph graph, int start, boolean[] seen) {
        var queue = new java.util.ArrayDeque<Integer>();
        queue.add(start);
        seen[start] = true;
        int count = 0;
        while (!queue.isEmpty()) {
            int v = queue.poll();
            count++;
            for (int w : graph.neighbours(v)) {
                if (!seen[w]) {
                    seen[w] = true;
                    queue.add(w);
                }
            }
        }
        return count;
    }

    private static int[] naiveAdaptive(CollaborationGraph graph) {
        int n = graph.size();
        boolean[] gone = new boolean[n];
        int[] order = new int[n];
        for (int step = 0; step < n; step++) {
            int best = -1;
            int bestDegree = -1;
            for (int v = 0; v < n; v++) {
                if (gone[v]) {
                    continue;
                }
                int degree = 0;
                for (int w : graph.neighbours(v)) {
                    degree += gone[w] ? 0 : 1;
                }
                if (degree > bestDegree) {
                    best = v;
                    bestDegree = degree;
                }
            }
            gone[best] = true;
            order[step] = best;
        }
        return order;
    }
}
