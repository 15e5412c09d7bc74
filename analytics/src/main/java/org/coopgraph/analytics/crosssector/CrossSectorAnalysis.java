package org.coopgraph.analytics.crosssector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.GroupMixing;
import org.coopgraph.analytics.graph.LeidenCommunities;
import org.coopgraph.analytics.graph.Partition;
import org.coopgraph.analytics.graph.StructureMemo;
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
        return analyse(snapshot, level, options, StructureMemo.NONE);
    }

    /**
     * As {@link #analyse(NetworkSnapshot, SectorLevel, CrossSectorOptions)}, taking betweenness and
     * communities from {@code memo} when a graph of the same shape was analysed with the same options.
     */
    public static CrossSectorResult analyse(NetworkSnapshot snapshot, SectorLevel level, CrossSectorOptions options,
                                            StructureMemo memo) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(memo, "memo");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(options, "options");
        CollaborationGraph graph = CollaborationGraph.of(snapshot);
        MemberGroups groups = MemberGroups.of(snapshot, graph, level);
        TieMixing mixing = mixing(graph, groups, level);
        Partition partition = memo.remember("leiden|" + options.resolution() + "|" + options.leidenIterations() + "|"
                + options.seed(), graph, () -> new LeidenCommunities(options.resolution(), options.leidenIterations(),
                options.seed()).detect(graph));
        var brokers = new BrokerReport(graph, groups, options, memo);
        List<MemberScore> members = brokers.members(partition);
        return new CrossSectorResult(level, graph.size(), graph.edgeCount(), mixing.sectorMixing(), mixing.helixMixing(),
                mixing.sectorEi(), mixing.helixEi(), crossSectorTies(graph, groups), brokers.exact(), brokers.sources(), brokers.top(members), members,
                ConnectivityReport.of(graph, groups, options.maxListedMembers()),
                CommunityReport.of(partition, groups, options));
    }

    /** Only the mixing matrices and E-I indices of a snapshot (no betweenness, brokerage or communities). */
    public static TieMixing mixing(NetworkSnapshot snapshot, SectorLevel level) {
        Objects.requireNonNull(snapshot, "snapshot");
        return mixing(snapshot, CollaborationGraph.of(snapshot), level);
    }

    /** As {@link #mixing(NetworkSnapshot, SectorLevel)} over a graph the caller already built from the snapshot. */
    public static TieMixing mixing(NetworkSnapshot snapshot, CollaborationGraph graph, SectorLevel level) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(level, "level");
        return mixing(graph, MemberGroups.of(snapshot, graph, level), level);
    }

    private static TieMixing mixing(CollaborationGraph graph, MemberGroups groups, SectorLevel level) {
        MixingMatrix sectorMixing = MixingMatrix.of(groups.sectorLabels(),
                GroupMixing.counts(graph, groups.sectorOf(), groups.sectorLabels().size()));
        MixingMatrix helixMixing = MixingMatrix.of(groups.helixLabels(),
                GroupMixing.counts(graph, groups.helixOf(), groups.helixLabels().size()));
        return new TieMixing(level, graph.size(), graph.edgeCount(), sectorMixing, helixMixing,
                EiIndex.of(sectorMixing, groups.sectorOf()), EiIndex.of(helixMixing, groups.helixOf()));
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
