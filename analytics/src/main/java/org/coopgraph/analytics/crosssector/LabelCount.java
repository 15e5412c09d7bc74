package org.coopgraph.analytics.crosssector;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** How many members of a community carry one label (a sector or a helix). */
public record LabelCount(String label, int count) {

    public LabelCount {
        Objects.requireNonNull(label, "label");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }

    /** How often each label occurs, most common first, then by label. */
    public static List<LabelCount> tally(Iterable<String> labels) {
        Map<String, Integer> counts = new TreeMap<>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new LabelCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(LabelCount::count).reversed().thenComparing(LabelCount::label))
                .toList();
    }
}
