package org.coopgraph.analytics.crosssector;

import java.util.List;
import java.util.Objects;
import org.coopgraph.model.Helix;

/**
 * A member whose leaving splits its part of the network: "if X leaves, these N members lose every
 * path to the rest", the rest being the largest piece left of X's component. {@code cutOffMembers}
 * lists them by id, at most {@link CrossSectorOptions#maxListedMembers()} (then {@code listComplete}
 * is false); {@code cutOffCount} is always the full number.
 */
public record ArticulationPoint(String memberId, String sector, Helix helix, int cutOffCount,
                                List<String> cutOffMembers, boolean listComplete) {

    public ArticulationPoint {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(helix, "helix");
        cutOffMembers = List.copyOf(cutOffMembers);
        if (cutOffCount < 1) {
            throw new IllegalArgumentException("an articulation point cuts off at least one member: " + cutOffCount);
        }
        if (listComplete != (cutOffMembers.size() == cutOffCount) || cutOffMembers.size() > cutOffCount) {
            throw new IllegalArgumentException("listComplete must say whether all " + cutOffCount + " members are listed");
        }
    }
}
