package org.coopgraph.api.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.model.NetworkSnapshot;
import org.springframework.stereotype.Service;

/**
 * Builds export-ready networks from snapshots, each piece once per data version: the member network
 * (graph, communities, edge facts), the layout of each view (computed on the unfiltered view, so a
 * filter shows a subset of the same picture rather than a new one) and each filtered graph.
 */
@Service
public final class NetworkGraphs {

    private final DerivedCache cache;

    public NetworkGraphs(DerivedCache cache) {
        this.cache = cache;
    }

    public NetworkGraph graph(NetworkSnapshot snapshot, NetworkQuery query) {
        return cache.get(snapshot, "network-graph", query.key(), () -> build(snapshot, query));
    }

    private NetworkGraph build(NetworkSnapshot snapshot, NetworkQuery query) {
        MemberNetwork base = cache.get(snapshot, "network-base", "", () -> MemberNetwork.of(snapshot));
        var sectors = new SectorGroups(snapshot.taxonomy());
        Map<String, double[]> layout = cache.get(snapshot, "network-layout", query.view().name(),
                () -> SeededLayout.of(ConsentFolding.fold(base, NetworkQuery.unfiltered(query.view(), null), sectors)));
        ConsentFolding.Folded folded = ConsentFolding.fold(base, query, sectors);
        List<NetNode> nodes = new ArrayList<>(folded.nodes().size());
        for (NetNode node : folded.nodes()) {
            double[] at = layout.getOrDefault(node.id(), new double[] {0, 0});
            nodes.add(node.withDegreeAndPosition(node.degree(), at[0], at[1]));
        }
        Integer year = snapshot.asOfYear().isPresent() ? snapshot.asOfYear().getAsInt() : null;
        return new NetworkGraph(snapshot.region().id(), snapshot.region().name(), snapshot.dataVersion(), year, query,
                nodes, folded.edges(), folded.hidden(), Palette.legends(nodes, query.lang(), sectors));
    }
}
