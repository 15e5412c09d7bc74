package org.coopgraph.analytics.crosssector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.coopgraph.analytics.graph.Biconnectivity;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.ConnectedComponents;

/** Components, articulation points with the members each one would cut off, and bridges. */
final class ConnectivityReport {

    private ConnectivityReport() {
    }

    static Connectivity of(CollaborationGraph graph, MemberGroups groups, int maxListed) {
        var components = ConnectedComponents.of(graph);
        var cuts = Biconnectivity.of(graph);
        List<ArticulationPoint> points = new ArrayList<>();
        for (int v : cuts.articulationPoints()) {
            int[] lost = cuts.cutOff(v);
            List<String> listed = Arrays.stream(lost).limit(maxListed).mapToObj(graph::id).toList();
            points.add(new ArticulationPoint(graph.id(v), groups.sector(v), groups.helix(v), lost.length, listed,
                    listed.size() == lost.length));
        }
        points.sort(Comparator.comparingInt(ArticulationPoint::cutOffCount).reversed()
                .thenComparing(ArticulationPoint::memberId));
        List<Bridge> bridges = new ArrayList<>();
        for (int[] edge : cuts.bridges()) {
            bridges.add(new Bridge(graph.id(edge[0]), graph.id(edge[1]), graph.weight(edge[0], edge[1]),
                    cuts.bridgeCutOffCount(edge[0], edge[1])));
        }
        bridges.sort(Comparator.comparingInt(Bridge::cutOffCount).reversed()
                .thenComparing(Bridge::memberA).thenComparing(Bridge::memberB));
        return new Connectivity(components.count(), components.largestSize(), components.singletonCount(), points, bridges);
    }
}
