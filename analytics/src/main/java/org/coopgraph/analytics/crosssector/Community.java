package org.coopgraph.analytics.crosssector;

import java.util.List;

/**
 * One Leiden community: index (0 = largest), its members by id and its make-up by sector and by
 * helix, most common first, then by label.
 */
public record Community(int index, int size, List<LabelCount> sectors, List<LabelCount> helices, List<String> members) {

    public Community {
        sectors = List.copyOf(sectors);
        helices = List.copyOf(helices);
        members = List.copyOf(members);
        if (index < 0 || size != members.size()) {
            throw new IllegalArgumentException("community " + index + " must list its " + size + " members");
        }
    }
}
