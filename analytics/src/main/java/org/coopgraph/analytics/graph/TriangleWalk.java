package org.coopgraph.analytics.graph;

/**
 * Lists every triangle exactly once: edges point from the lower to the higher (degree, node) rank,
 * and a triangle is found at its lowest-ranked corner by intersecting out-lists (the "forward"
 * algorithm, Schank and Wagner 2005), O(m^1.5) even with hubs.
 */
final class TriangleWalk {

    interface TriangleConsumer {
        void accept(int x, int y, int z);
    }

    private final int n;
    private final int[] outOffsets;
    private final int[] outTargets;

    TriangleWalk(CollaborationGraph graph) {
        this.n = graph.size();
        this.outOffsets = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int out = 0;
            for (int p = graph.neighbourStart(v); p < graph.neighbourEnd(v); p++) {
                out += ranksBelow(graph, v, graph.target(p)) ? 1 : 0;
            }
            outOffsets[v + 1] = outOffsets[v] + out;
        }
        this.outTargets = new int[outOffsets[n]];
        for (int v = 0; v < n; v++) {
            int fill = outOffsets[v];
            for (int p = graph.neighbourStart(v); p < graph.neighbourEnd(v); p++) {
                if (ranksBelow(graph, v, graph.target(p))) {
                    outTargets[fill++] = graph.target(p);
                }
            }
        }
    }

    private static boolean ranksBelow(CollaborationGraph graph, int u, int v) {
        int du = graph.degree(u);
        int dv = graph.degree(v);
        return du < dv || (du == dv && u < v);
    }

    void forEach(TriangleConsumer consumer) {
        int[] mark = new int[n];
        java.util.Arrays.fill(mark, -1);
        for (int u = 0; u < n; u++) {
            for (int p = outOffsets[u]; p < outOffsets[u + 1]; p++) {
                mark[outTargets[p]] = u;
            }
            for (int p = outOffsets[u]; p < outOffsets[u + 1]; p++) {
                int v = outTargets[p];
                for (int r = outOffsets[v]; r < outOffsets[v + 1]; r++) {
                    int w = outTargets[r];
                    if (mark[w] == u) {
                        consumer.accept(u, v, w);
                    }
                }
            }
        }
    }
}
