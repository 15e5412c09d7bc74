package org.coopgraph.analytics.crosssector;

import java.util.List;

/** Leiden communities with the modularity they reach and the settings that reproduce them. */
public record Communities(double modularity, double resolution, long seed, List<Community> communities) {

    public Communities {
        communities = List.copyOf(communities);
        if (!Double.isFinite(modularity)) {
            throw new IllegalArgumentException("modularity must be finite: " + modularity);
        }
    }
}
