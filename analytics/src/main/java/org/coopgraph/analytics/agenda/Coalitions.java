package org.coopgraph.analytics.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopgraph.analytics.agenda.StakeholderMap.Coalition;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.Stance;

/** Builds a coalition: which of its members collaborate directly, and the clusters those ties form. */
final class Coalitions {

    private Coalitions() {
    }

    /** {@code members} sorted by id, all in the graph. */
    static Coalition of(CollaborationGraph graph, Stance stance, List<String> members) {
        int n = members.size();
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(graph.index(members.get(i)), i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<List<String>> tiedPairs = new ArrayList<>();
        int tiedPairCount = 0;
        // Members are in id order and graph nodes are numbered in id order, so walking each member's
        // (ascending) neighbours and keeping the later ones yields the pairs sorted by first, then second id.
        for (int a = 0; a < n; a++) {
            int node = graph.index(members.get(a));
            for (int p = graph.neighbourStart(node); p < graph.neighbourEnd(node); p++) {
                Integer b = position.get(graph.target(p));
                if (b != null && b > a) {
                    tiedPairCount++;
                    if (tiedPairs.size() < AgendaRules.MAX_LISTED) {
                        tiedPairs.add(List.of(members.get(a), members.get(b)));
                    }
                    parent[find(parent, a)] = find(parent, b);
                }
            }
        }
        Map<Integer, List<String>> byRoot = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(members.get(i));
        }
        List<List<String>> clusters = byRoot.values().stream()
                .sorted(Comparator.comparingInt((List<String> c) -> -c.size()).thenComparing(c -> c.get(0)))
                .map(List::copyOf).toList();
        return new Coalition(stance, members, (long) n * (n - 1) / 2, tiedPairCount, tiedPairs, clusters,
                n >= 2 && clusters.size() == 1);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
