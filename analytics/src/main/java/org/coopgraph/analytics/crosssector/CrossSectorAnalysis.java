package org.coopgraph.analytics.crosssector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.GroupMixing;
import org.coopgraph.analytics.graph.LeidenCommunities;
import org.coopgraph.analytics.graph.Partition;
import org.coopgraph.model.NetworkSnapshot;

/**
 * The cross-sector question for one snapshot: who works across sector and helix lines, who brokers
 * between them, where the network would break, and which communities form. Pure and deterministic:
 * the same snapshot and options give an equal result. Ties are the edges of the
 * {@link CollaborationGraph} (explicit ties, supply links, shared projects), each counted once.
 */
public final class CrossSectorAnalysis {

    private CrossSectorAnalysis() {
    }

    public static CrossSectorResult analyse(NetworkSnapshot snapshot, SectorLevel level) {
        return analyse(snapshot, level, CrossSectorOptions.defaults());
    }

    public static CrossSectorResult analyse(NetworkSnapshot snapshot, SectorLevel level, CrossSectorOptions options) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(options, "options");
        CollaborationGraph graph = CollaborationGraph.of(snapshot);
        MemberGroups groups = MemberGroups.of(snapshot, graph, level);
        MixingMatrix sectorMixing = MixingMatrix.of(groups.sectorLabels(),
                GroupMixing.counts(graph, groups.sectorOf(), groups.sectorLabels().size()));
        MixingMatrix helixMixing = MixingMatrix.of(groups.helixLabels(),
                GroupMixing.counts(graph, groups.helixOf(), groups.helixLabels().size()));
        Partition partition = new LeidenCommunities(options.resolution(), options.leidenIterations(), options.seed())
                .detect(graph);
        var brokers = new BrokerReport(graph, groups, options);
        List<MemberScore> members = brokers.members(partition);
        return new CrossSectorResult(level, graph.size(), graph.edgeCount(), sectorMixing, helixMixing,
                EiIndex.of(sectorMixing, groups.sectorOf()), EiIndex.of(helixMixing, groups.helixOf()),
                crossSectorTies(graph, groups), brokers.exact(), brokers.sources(), brokers.top(members), members,
                ConnectivityReport.of(graph, groups, options.maxListedMembers()),
                CommunityReport.of(partition, groups, options));
    }

    /** Ties whose ends sit in different sectors, heaviest first, then by member ids. */
    static List<CrossSectorTie> crossSectorTies(CollaborationGraph graph, MemberGroups groups) {
        List<CrossSectorTie> ties = new ArrayList<>();
        for (int a = 0; a < graph.size(); a++) {
            for (int p = graph.neighbourStart(a); p < graph.neighbourEnd(a); p++) {
                int b = graph.target(p);
                if (a < b && groups.sectorOf()[a] != groups.sectorOf()[b]) {
                    ties.add(new CrossSectorTie(groups.id(a), groups.sector(a), groups.helix(a),
                            groups.id(b), groups.sector(b), groups.helix(b), graph.weightAt(p)));
                }
            }
        }
        ties.sort(Comparator.comparingDouble(CrossSectorTie::weight).reversed()
                .thenComparing(CrossSectorTie::memberA).thenComparing(CrossSectorTie::memberB));
        return ties;
    }
}
