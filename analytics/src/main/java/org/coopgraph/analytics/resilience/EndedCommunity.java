package org.coopgraph.analytics.resilience;

import java.util.List;
import java.util.Objects;

/**
 * A prior year's community whose label no current community keeps: DISSOLVED, MERGED (into the
 * {@code successors}' community) or SPLIT (into the {@code successors}, none of which kept its label).
 */
public record EndedCommunity(String label, int previousSize, CommunityChange change, List<String> successors) {

    public EndedCommunity {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(change, "change");
        successors = List.copyOf(successors);
        if (change != CommunityChange.DISSOLVED && change != CommunityChange.MERGED && change != CommunityChange.SPLIT) {
            throw new IllegalArgumentException("an ended community is dissolved, merged or split: " + change);
        }
    }
}
