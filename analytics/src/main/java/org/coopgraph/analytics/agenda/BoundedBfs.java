package org.coopgraph.analytics.agenda;

import java.util.Arrays;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.HopDistances;

/**
 * Hop distances from one member up to k hops, reusing its arrays between sources and clearing only
 * the nodes it reached: a theme with hundreds of opponents in a 100k-member region would otherwise
 * allocate and fill a 100k-entry array per opponent ({@link HopDistances} does, for one-off use).
 */
final class BoundedBfs {

    private final CollaborationGraph graph;
    private final int[] distance;
    private final int[] queue;
    private int reached;

    BoundedBfs(CollaborationGraph graph) {
        this.graph = graph;
        this.distance = new int[graph.size()];
        this.queue = new int[graph.size()];
        Arrays.fill(distance, HopDistances.BEYOND);
    }

    /** Forgets the previous search and searches from {@code source}. */
    void run(int source, int maxHops) {
        for (int i = 0; i < reached; i++) {
            distance[queue[i]] = HopDistances.BEYOND;
        }
        distance[source] = 0;
        queue[0] = source;
        reached = 1;
        for (int head = 0; head < reached; head++) {
            int node = queue[head];
            if (distance[node] == maxHops) {
                continue;
            }
            for (int p = graph.neighbourStart(node); p < graph.neighbourEnd(node); p++) {
                int next = graph.target(p);
                if (distance[next] == HopDistances.BEYOND) {
                    distance[next] = distance[node] + 1;
                    queue[reached++] = next;
                }
            }
        }
    }

    /** Hops from the last source, or {@link HopDistances#BEYOND}. */
    int distance(int node) {
        return distance[node];
    }
}
