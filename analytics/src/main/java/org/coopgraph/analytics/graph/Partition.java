package org.coopgraph.analytics.graph;

import java.util.Arrays;
import java.util.Objects;

/**
 * A division of the nodes into communities 0..count-1 (largest first) with its Newman modularity.
 * Immutable: the label array is copied in and out.
 */
public final class Partition {

    private final int[] labels;
    private final int count;
    private final double modularity;

    public Partition(int[] labels, double modularity) {
        this.labels = Objects.requireNonNull(labels, "labels").clone();
        this.count = Arrays.stream(this.labels).max().orElse(-1) + 1;
        for (int label : this.labels) {
            if (label < 0) {
                throw new IllegalArgumentException("labels must not be negative: " + label);
            }
        }
        if (!Double.isFinite(modularity)) {
            throw new IllegalArgumentException("modularity must be finite: " + modularity);
        }
        this.modularity = modularity;
    }

    public int size() { return labels.length; }
    public int count() { return count; }
    public int label(int node) { return labels[node]; }
    public int[] labels() { return labels.clone(); }
    public double modularity() { return modularity; }

    /** Nodes of each community, ascending, indexed by community. */
    public int[][] members() {
        int[] sizes = new int[count];
        for (int label : labels) {
            sizes[label]++;
        }
        int[][] members = new int[count][];
        for (int c = 0; c < count; c++) {
            members[c] = new int[sizes[c]];
        }
        int[] fill = new int[count];
        for (int v = 0; v < labels.length; v++) {
            members[labels[v]][fill[labels[v]]++] = v;
        }
        return members;
    }
}
