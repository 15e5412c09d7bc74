package org.coopgraph.analytics.graph;

import java.util.Arrays;
import java.util.Objects;

/**
 * Connected components by breadth-first search over the CSR view. Components are numbered in the
 * order of their smallest node, so the labelling depends only on the graph.
 */
public final class ConnectedComponents {

    private final int[] labels;
    private final int[] sizes;

    private ConnectedComponents(int[] labels, int[] sizes) {
        this.labels = labels;
        this.sizes = sizes;
    }

    public static ConnectedComponents of(CollaborationGraph graph) {
        Objects.requireNonNull(graph, "graph");
        int n = graph.size();
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        int[] queue = new int[n];
        int[] sizes = new int[n];
        int count = 0;
        for (int root = 0; root < n; root++) {
            if (labels[root] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            labels[root] = count;
            while (head < tail) {
                int v = queue[head++];
                for (int p = graph.neighbourStart(v); p < graph.neighbourEnd(v); p++) {
                    int w = graph.target(p);
                    if (labels[w] < 0) {
                        labels[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            sizes[count++] = tail;
        }
        return new ConnectedComponents(labels, Arrays.copyOf(sizes, count));
    }

    public int count() { return sizes.length; }
    public int label(int node) { return labels[node]; }
    public int size(int label) { return sizes[label]; }
    public int sizeOf(int node) { return sizes[labels[node]]; }

    /** The size of the largest component, 0 for an empty graph. */
    public int largestSize() {
        return Arrays.stream(sizes).max().orElse(0);
    }

    /** How many nodes have no neighbour at all. */
    public int singletonCount() {
        return (int) Arrays.stream(sizes).filter(s -> s == 1).count();
    }
}
