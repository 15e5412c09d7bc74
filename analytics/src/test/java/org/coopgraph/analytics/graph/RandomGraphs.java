package org.coopgraph.analytics.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/** Seeded random graphs as a CollaborationGraph and the same graph in JGraphT, for cross-checks. */
record RandomGraphs(CollaborationGraph graph, Graph<String, DefaultEdge> jgrapht, List<String> ids) {

    /** Erdos-Renyi G(n, p) with ids "n00".."n99", so id order is node order. */
    static RandomGraphs gnp(int n, double p, Random random) {
        List<String> ids = new ArrayList<>();
        Graph<String, DefaultEdge> jgrapht = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            ids.add(String.format("n%03d", i));
            jgrapht.addVertex(ids.get(i));
        }
        List<String[]> edges = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (random.nextDouble() < p) {
                    edges.add(new String[] {ids.get(a), ids.get(b)});
                    weights.add(1.0 + random.nextInt(4));
                    jgrapht.addEdge(ids.get(a), ids.get(b));
                }
            }
        }
        return new RandomGraphs(CollaborationGraph.fromEdges(ids, edges, weights), jgrapht, ids);
    }

    static CollaborationGraph of(String... edges) {
        var ids = new java.util.TreeSet<String>();
        List<String[]> pairs = new ArrayList<>();
        for (String edge : edges) {
            String[] ends = edge.split("-");
            ids.addAll(List.of(ends));
            pairs.add(ends);
        }
        return CollaborationGraph.fromEdges(List.copyOf(ids), pairs, null);
    }
}
