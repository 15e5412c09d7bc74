package org.coopgraph.analytics.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.coopgraph.analytics.graph.CollaborationGraph;

/** Tiny graphs written as "a-b" edges (plus lone nodes as "x"), and seeded random ones. */
final class Graphs {

    private Graphs() {
    }

    static CollaborationGraph of(String... edgesOrNodes) {
        var ids = new TreeSet<String>();
        List<String[]> pairs = new ArrayList<>();
        for (String item : edgesOrNodes) {
            String[] ends = item.split("-");
            ids.addAll(List.of(ends));
            if (ends.length == 2) {
                pairs.add(ends);
            }
        }
        return CollaborationGraph.fromEdges(List.copyOf(ids), pairs, null);
    }

    /** Erdos-Renyi G(n, p) over ids n000.. so id order is node order. */
    static CollaborationGraph gnp(int n, double p, Random random) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format("n%03d", i));
        }
        List<String[]> edges = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (random.nextDouble() < p) {
                    edges.add(new String[] {ids.get(a), ids.get(b)});
                }
            }
        }
        return CollaborationGraph.fromEdges(ids, edges, null);
    }
}
