package org.coopgraph.analytics.resilience;

import java.util.List;
import java.util.Objects;

/**
 * A prior year's community whose label no current community keeps: MERGED when most of its remaining
 * members are in one current community that carries another label or is itself a merger (the
 * {@code successors}' community); SPLIT when two or more current communities are made mostly of it
 * (the {@code successors}, none of which kept its label); otherwise DISSOLVED.
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
