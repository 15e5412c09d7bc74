package org.coopgraph.analytics.crosssector;

import java.util.List;

/**
 * How the network holds together: its components and where it would break. Articulation points and
 * bridges are sorted by how many members they cut off (most first), then by id.
 */
public record Connectivity(int components, int largestComponent, int isolatedMembers,
                           List<ArticulationPoint> articulationPoints, List<Bridge> bridges) {

    public Connectivity {
        if (components < 0 || largestComponent < 0 || isolatedMembers < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        articulationPoints = List.copyOf(articulationPoints);
        bridges = List.copyOf(bridges);
    }
}
