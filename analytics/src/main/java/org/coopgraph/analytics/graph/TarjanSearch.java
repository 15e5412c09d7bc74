package org.coopgraph.analytics.graph;

import java.util.Arrays;

/**
 * One iterative low-point depth-first search over all components (roots in node order). A child c
 * of v with low[c] >= disc[v] is "separated": removing v cuts c's subtree off; with low[c] > disc[v]
 * the tree edge v-c is a bridge. The graph has no parallel edges, so skipping the parent node (not
 * just the parent edge) is correct.
 */
final class TarjanSearch {

    private final CollaborationGraph graph;
    private final int n;
    private final int[] disc;
    private final int[] low;
    private final int[] parent;
    private final int[] order;
    private final int[] subtreeSize;
    private final int[] root;
    private final int[] cursor;
    private final int[] separatedCount;
    private final int[] separatedPairs;
    private int pairCount;
    private final int[][] bridges;
    private int bridgeCount;

    TarjanSearch(CollaborationGraph graph) {
        this.graph = graph;
        this.n = graph.size();
        this.disc = new int[n];
        this.low = new int[n];
        this.parent = new int[n];
        this.order = new int[n];
        this.subtreeSize = new int[n];
        this.root = new int[n];
        this.cursor = new int[n];
        this.separatedCount = new int[n];
        this.separatedPairs = new int[2 * n];
        this.bridges = new int[n][];
        Arrays.fill(disc, -1);
    }

    Biconnectivity run() {
        int time = 0;
        int[] stack = new int[n];
        for (int r = 0; r < n; r++) {
            if (disc[r] >= 0) {
                continue;
            }
            int top = 0;
            time = discover(r, -1, r, time);
            stack[top++] = r;
            while (top > 0) {
                int v = stack[top - 1];
                if (cursor[v] < graph.neighbourEnd(v)) {
                    int w = graph.target(cursor[v]++);
                    if (disc[w] < 0) {
                        time = discover(w, v, r, time);
                        stack[top++] = w;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], disc[w]);
                    }
                } else {
                    top--;
                    finish(v);
                }
            }
        }
        return Biconnectivity.fromSearch(disc, order, subtreeSize, root, groupSeparated(),
                Arrays.stream(bridges, 0, bridgeCount).sorted(TarjanSearch::compare).toArray(int[][]::new));
    }

    private int discover(int v, int from, int r, int time) {
        disc[v] = time;
        low[v] = time;
        order[time] = v;
        parent[v] = from;
        root[v] = r;
        subtreeSize[v] = 1;
        cursor[v] = graph.neighbourStart(v);
        return time + 1;
    }

    private void finish(int v) {
        int p = parent[v];
        if (p < 0) {
            return;
        }
        low[p] = Math.min(low[p], low[v]);
        subtreeSize[p] += subtreeSize[v];
        if (low[v] >= disc[p]) {
            separatedPairs[2 * pairCount] = p;
            separatedPairs[2 * pairCount + 1] = v;
            pairCount++;
            separatedCount[p]++;
        }
        if (low[v] > disc[p]) {
            bridges[bridgeCount++] = new int[] {Math.min(p, v), Math.max(p, v)};
        }
    }

    private int[][] groupSeparated() {
        int[][] children = new int[n][];
        int[] fill = new int[n];
        for (int v = 0; v < n; v++) {
            children[v] = new int[separatedCount[v]];
        }
        for (int k = 0; k < pairCount; k++) {
            int p = separatedPairs[2 * k];
            children[p][fill[p]++] = separatedPairs[2 * k + 1];
        }
        return children;
    }

    private static int compare(int[] x, int[] y) {
        return x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
    }
}
