package org.coopgraph.analytics.graph;

import java.util.Arrays;

/**
 * One thread's share of Brandes' accumulation: breadth-first search from each of its sources, then
 * dependencies back in reverse visiting order. Predecessors are recognised by distance (dist[v] =
 * dist[w] - 1) rather than stored in lists, so a pass allocates its arrays once and nothing per source.
 * Path counts are doubles, as in igraph, because they overflow longs on large graphs.
 */
final class BrandesPass {

    private final int[] offsets;
    private final int[] targets;
    private final int[] dist;
    private final double[] sigma;
    private final double[] delta;
    private final int[] visited;
    private final double[] scores;

    /** Works on plain copies of the CSR arrays (shared read-only by all passes) to keep the inner loops tight. */
    BrandesPass(int[] offsets, int[] targets) {
        this.offsets = offsets;
        this.targets = targets;
        int n = offsets.length - 1;
        this.dist = new int[n];
        this.sigma = new double[n];
        this.delta = new double[n];
        this.visited = new int[n];
        this.scores = new double[n];
        Arrays.fill(dist, -1);
    }

    /** Accumulates over sources[i] for i = part, part + parts, ...; returns the unscaled sums. */
    double[] run(int[] sources, int part, int parts) {
        for (int i = part; i < sources.length; i += parts) {
            accumulate(sources[i]);
        }
        return scores;
    }

    private void accumulate(int source) {
        int head = 0;
        int tail = 0;
        visited[tail++] = source;
        dist[source] = 0;
        sigma[source] = 1.0;
        while (head < tail) {
            int v = visited[head++];
            int next = dist[v] + 1;
            for (int p = offsets[v], end = offsets[v + 1]; p < end; p++) {
                int w = targets[p];
                if (dist[w] < 0) {
                    dist[w] = next;
                    visited[tail++] = w;
                }
                if (dist[w] == next) {
                    sigma[w] += sigma[v];
                }
            }
        }
        for (int i = tail - 1; i > 0; i--) {
            int w = visited[i];
            double share = (1.0 + delta[w]) / sigma[w];
            int previous = dist[w] - 1;
            for (int p = offsets[w], end = offsets[w + 1]; p < end; p++) {
                int v = targets[p];
                if (dist[v] == previous) {
                    delta[v] += sigma[v] * share;
                }
            }
            scores[w] += delta[w];
        }
        for (int i = 0; i < tail; i++) {
            int v = visited[i];
            dist[v] = -1;
            sigma[v] = 0.0;
            delta[v] = 0.0;
        }
    }
}
