package org.coopgraph.analytics.graph;

import java.util.Arrays;
import java.util.Objects;

/**
 * Breadth-first hop counts from a set of source members over the collaboration graph, stopping at a
 * maximum number of hops (unweighted: a tie is a tie however strong). Multi-source BFS, so one pass
 * answers "how far is the nearest of these members" for every node.
 */
public final class HopDistances {

    /** Distance of nodes that are farther than the limit or not reachable. */
    public static final int BEYOND = -1;

    private HopDistances() {
    }

    /**
     * Hops from the nearest source to every node (0 for the sources), {@link #BEYOND} for nodes more
     * than {@code maxHops} away. Sources out of range are rejected; duplicates are harmless.
     */
    public static int[] from(CollaborationGraph graph, int[] sources, int maxHops) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(sources, "sources");
        if (maxHops < 0) {
            throw new IllegalArgumentException("maxHops must not be negative: " + maxHops);
        }
        int[] distance = new int[graph.size()];
        Arrays.fill(distance, BEYOND);
        int[] queue = new int[graph.size()];
        int tail = 0;
        for (int source : sources) {
            if (source < 0 || source >= graph.size()) {
                throw new IllegalArgumentException("no node " + source + " in a graph of " + graph.size());
            }
            if (distance[source] == BEYOND) {
                distance[source] = 0;
                queue[tail++] = source;
            }
        }
        for (int head = 0; head < tail; head++) {
            int node = queue[head];
            if (distance[node] == maxHops) {
                continue;
            }
            for (int p = graph.neighbourStart(node); p < graph.neighbourEnd(node); p++) {
                int next = graph.target(p);
                if (distance[next] == BEYOND) {
                    distance[next] = distance[node] + 1;
                    queue[tail++] = next;
                }
            }
        }
        return distance;
    }
}
