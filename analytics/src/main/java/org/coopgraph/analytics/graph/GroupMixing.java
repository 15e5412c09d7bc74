package org.coopgraph.analytics.graph;

import java.util.Objects;

/**
 * Tie counts between node groups: {@code counts[g][h]} is the number of edges with one end in g and
 * the other in h, symmetric, with ties inside g on the diagonal (each edge counted once).
 */
public final class GroupMixing {

    private GroupMixing() {
    }

    public static long[][] counts(CollaborationGraph graph, int[] groups, int groupCount) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(groups, "groups");
        if (groups.length != graph.size()) {
            throw new IllegalArgumentException("groups has " + groups.length + " entries for " + graph.size() + " nodes");
        }
        long[][] counts = new long[groupCount][groupCount];
        for (int a = 0; a < graph.size(); a++) {
            for (int p = graph.neighbourStart(a); p < graph.neighbourEnd(a); p++) {
                int b = graph.target(p);
                if (a < b) {
                    counts[groups[a]][groups[b]]++;
                    if (groups[a] != groups[b]) {
                        counts[groups[b]][groups[a]]++;
                    }
                }
            }
        }
        return counts;
    }
}
