package org.coopgraph.analytics.resilience;

import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.crosssector.LabelCount;

/**
 * One community in one year with its stable label ("C1", "C2", ... in order of first appearance).
 * {@code predecessors} are the labels of the prior year's communities it came from (the matched one
 * first; several for MERGED); {@code jaccard} is the member overlap |A n B| / |A u B| with the matched
 * predecessor whose label it keeps (0 without one). {@code previousSize}, {@code stayed},
 * {@code joined} and {@code left} compare it with that predecessor: stayed = members in both, joined =
 * size - stayed, left = previousSize - stayed (all 0 but joined for a community without one).
 * {@code sectors} and {@code helices} give its make-up, most common first: the caller names it from them.
 */
public record TrackedCommunity(String label, int size, CommunityChange change, List<String> predecessors, double jaccard,
                               int previousSize, int stayed, int joined, int left,
                               List<LabelCount> sectors, List<LabelCount> helices, List<String> members) {

    public TrackedCommunity {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(change, "change");
        predecessors = List.copyOf(predecessors);
        sectors = List.copyOf(sectors);
        helices = List.copyOf(helices);
        members = List.copyOf(members);
        if (size != members.size() || change == CommunityChange.DISSOLVED || jaccard < 0 || jaccard > 1
                || stayed + joined != size || stayed + left != previousSize) {
            throw new IllegalArgumentException("inconsistent community " + label);
        }
    }
}
