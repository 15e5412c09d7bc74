package org.coopgraph.api.network;

import java.util.List;
import java.util.Map;

/**
 * A network ready to export: consent applied, filters applied, positions set. {@code hiddenMembers}
 * is how many members aggregates stand for (0 in the full view); {@code legends} maps "sector",
 * "helix" and "community" to the colours in use.
 */
public record NetworkGraph(String regionId, String regionName, long dataVersion, Integer year, NetworkQuery query,
                           List<NetNode> nodes, List<NetEdge> edges, int hiddenMembers,
                           Map<String, List<LegendEntry>> legends) {

    public NetworkGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        legends = Map.copyOf(legends);
    }

    public View view() {
        return query.view();
    }
}
