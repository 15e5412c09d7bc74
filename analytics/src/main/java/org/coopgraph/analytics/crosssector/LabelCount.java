package org.coopgraph.analytics.crosssector;

import java.util.Objects;

/** How many members of a community carry one label (a sector or a helix). */
public record LabelCount(String label, int count) {

    public LabelCount {
        Objects.requireNonNull(label, "label");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }
}
