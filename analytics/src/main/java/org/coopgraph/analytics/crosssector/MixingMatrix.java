package org.coopgraph.analytics.crosssector;

import java.util.List;
import java.util.Objects;

/**
 * Who collaborates with whom, by group. {@code ties.get(g).get(h)} is the number of ties between a
 * member of group g and one of group h (symmetric; ties inside g on the diagonal, each tie counted
 * once); {@code shares} divides by all ties, so the diagonal plus one triangle sums to 1.
 */
public record MixingMatrix(List<String> groups, List<List<Long>> ties, List<List<Double>> shares, long totalTies) {

    public MixingMatrix {
        groups = List.copyOf(groups);
        ties = ties.stream().map(List::copyOf).toList();
        shares = shares.stream().map(List::copyOf).toList();
        if (ties.size() != groups.size() || shares.size() != groups.size()) {
            throw new IllegalArgumentException("matrix must have one row per group");
        }
        if (totalTies < 0) {
            throw new IllegalArgumentException("totalTies must not be negative: " + totalTies);
        }
    }

    static MixingMatrix of(List<String> groups, long[][] counts) {
        Objects.requireNonNull(groups, "groups");
        long total = 0;
        for (int g = 0; g < counts.length; g++) {
            for (int h = g; h < counts.length; h++) {
                total += counts[g][h];
            }
        }
        long all = total;
        List<List<Long>> ties = java.util.Arrays.stream(counts)
                .map(row -> java.util.Arrays.stream(row).boxed().toList()).toList();
        List<List<Double>> shares = java.util.Arrays.stream(counts)
                .map(row -> java.util.Arrays.stream(row).mapToDouble(c -> all == 0 ? 0.0 : (double) c / all).boxed().toList())
                .toList();
        return new MixingMatrix(groups, ties, shares, total);
    }

    /** Ties between two groups by label, 0 for a label not in the matrix. */
    public long ties(String a, String b) {
        int g = groups.indexOf(a);
        int h = groups.indexOf(b);
        return g < 0 || h < 0 ? 0 : ties.get(g).get(h);
    }
}
