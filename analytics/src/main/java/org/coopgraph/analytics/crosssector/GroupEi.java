package org.coopgraph.analytics.crosssector;

import java.util.Objects;

/**
 * E-I index of one group: (external - internal) / (external + internal) over its ties, from -1 (all
 * ties stay inside) to +1 (all ties reach out); null when the group has no ties.
 */
public record GroupEi(String group, int members, long internalTies, long externalTies, Double ei) {

    public GroupEi {
        Objects.requireNonNull(group, "group");
        if (members < 0 || internalTies < 0 || externalTies < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
