package org.coopgraph.analytics.crosssector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coopgraph.analytics.graph.BrandesBetweenness;
import org.coopgraph.analytics.graph.BurtConstraint;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.GouldFernandezBrokerage;
import org.coopgraph.analytics.graph.Partition;
import org.coopgraph.analytics.graph.StructureMemo;

/** Per-member brokerage scores (betweenness, Gould-Fernandez roles by sector, Burt's constraint). */
final class BrokerReport {

    private final CollaborationGraph graph;
    private final MemberGroups groups;
    private final CrossSectorOptions options;
    private final StructureMemo memo;

    BrokerReport(CollaborationGraph graph, MemberGroups groups, CrossSectorOptions options, StructureMemo memo) {
        this.graph = graph;
        this.groups = groups;
        this.options = options;
        this.memo = memo;
    }

    boolean exact() {
        return graph.size() <= options.exactBetweennessLimit() || options.betweennessPivots() >= graph.size();
    }

    int sources() {
        return exact() ? graph.size() : options.betweennessPivots();
    }

    List<MemberScore> members(Partition communities) {
        int n = graph.size();
        BrandesBetweenness brandes = exact() ? BrandesBetweenness.exact(options.threads())
                : BrandesBetweenness.sampled(options.betweennessPivots(), options.seed(), options.threads());
        // The slowest part of the analysis (seconds at 10k members); threads never change the scores.
        double[] betweenness = memo.remember(exact() ? "betweenness|exact" : "betweenness|pivots=" + options.betweennessPivots()
                + "|seed=" + options.seed(), graph, () -> brandes.scores(graph));
        double[] constraint = new BurtConstraint().scores(graph);
        var roles = new GouldFernandezBrokerage(groups.sectorOf()).count(graph);
        double pairs = (n - 1.0) * (n - 2.0) / 2.0;
        List<MemberScore> scores = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            long mixed = roles.gatekeeperOrRepresentative(v);
            var brokerage = new BrokerageRoles(roles.coordinator(v), mixed, mixed, roles.itinerant(v), roles.liaison(v),
                    roles.triads(v));
            scores.add(new MemberScore(groups.id(v), groups.sector(v), groups.helix(v), graph.degree(v), graph.strength(v),
                    betweenness[v], n > 2 ? betweenness[v] / pairs : 0.0,
                    Double.isNaN(constraint[v]) ? null : constraint[v], brokerage, communities.label(v)));
        }
        return scores;
    }

    /** Members with positive betweenness, highest first, ties by id. */
    List<MemberScore> top(List<MemberScore> members) {
        return members.stream().filter(m -> m.betweenness() > 0)
                .sorted(Comparator.comparingDouble(MemberScore::betweenness).reversed().thenComparing(MemberScore::memberId))
                .limit(options.topBrokers()).toList();
    }
}
