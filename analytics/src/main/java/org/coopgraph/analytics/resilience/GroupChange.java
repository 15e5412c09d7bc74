package org.coopgraph.analytics.resilience;

import java.util.Objects;

/**
 * Membership of one group (a helix or a sector) between two consecutive years:
 * {@code present} = {@code previous} + {@code joined} - {@code left}.
 */
public record GroupChange(String group, int previous, int present, int joined, int left) {

    public GroupChange {
        Objects.requireNonNull(group, "group");
        if (previous < 0 || joined < 0 || left < 0 || present != previous + joined - left) {
            throw new IllegalArgumentException("inconsistent membership counts for " + group);
        }
    }
}
