package org.coopgraph.analytics.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Sums parallel edges between members into one undirected weighted edge, then lays them out as CSR. */
final class EdgeAccumulator {

    private final Map<String, Integer> index;
    private final Map<Long, Double> weightByPair = new HashMap<>();

    EdgeAccumulator(Map<String, Integer> index) {
        this.index = index;
    }

    /** Adds weight between two members; ignores members not in the graph and self-loops. */
    void add(String fromId, String toId, double weight) {
        Integer a = index.get(fromId);
        Integer b = index.get(toId);
        if (a == null || b == null || a.equals(b)) {
            return;
        }
        long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
        weightByPair.merge(key, weight, Double::sum);
    }

    CollaborationGraph build(String[] ids) {
        int n = ids.length;
        int[] degree = new int[n];
        for (long key : weightByPair.keySet()) {
            degree[(int) (key >>> 32)]++;
            degree[(int) key]++;
        }
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i + 1] = offsets[i] + degree[i];
        }
        int[] fill = Arrays.copyOf(offsets, n);
        int[] targets = new int[offsets[n]];
        double[] weights = new double[offsets[n]];
        long[] keys = weightByPair.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        for (long key : keys) {
            int a = (int) (key >>> 32);
            int b = (int) key;
            double w = weightByPair.get(key);
            targets[fill[a]] = b;
            weights[fill[a]++] = w;
            targets[fill[b]] = a;
            weights[fill[b]++] = w;
        }
        // Keys ascend by (a, b) with a < b, so row i first receives its smaller neighbours (as b, in
        // ascending a) and then its larger ones (as a, in ascending b): every row comes out sorted.
        return CollaborationGraph.fromCsr(ids, offsets, targets, weights);
    }
}
