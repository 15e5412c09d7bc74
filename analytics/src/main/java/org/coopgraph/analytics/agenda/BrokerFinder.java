package org.coopgraph.analytics.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopgraph.analytics.agenda.StakeholderMap.Broker;
import org.coopgraph.analytics.agenda.StakeholderMap.Stakeholder;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.Stance;

/**
 * Members tied to both sides of a theme's conflict: a direct collaboration with at least one supporter
 * and at least one opponent (Gould and Fernandez would call the one between two groups a liaison or
 * representative). Ranked for a pair: tied to the pair itself first, then members without a side
 * (neutral or no stake) since they broker with less suspicion, then more ties to both sides, then id.
 */
final class BrokerFinder {

    private final CollaborationGraph graph;
    private final Map<Integer, Broker> byNode = new TreeMap<>();
    private final List<Integer> ranked;

    BrokerFinder(CollaborationGraph graph, List<Stakeholder> stakeholders, List<String> supporters, List<String> opponents) {
        this.graph = graph;
        Map<Integer, List<String>> supporterTies = tiesTo(supporters);
        Map<Integer, List<String>> opponentTies = tiesTo(opponents);
        Map<String, Stance> stance = new HashMap<>();
        stakeholders.forEach(s -> stance.put(s.memberId(), s.stance()));
        supporterTies.forEach((node, sides) -> {
            List<String> other = opponentTies.get(node);
            if (other != null) {
                byNode.put(node, new Broker(graph.id(node), stance.get(graph.id(node)), false, sides, other));
            }
        });
        this.ranked = byNode.keySet().stream().sorted(Comparator.comparingInt((Integer n) -> sideRank(byNode.get(n)))
                .thenComparingInt(n -> -ties(byNode.get(n))).thenComparingInt(n -> n)).toList();
    }

    /** The brokers for one supporter-opponent pair, never the pair itself, best first. */
    List<Broker> forPair(int supporter, int opponent) {
        var first = new ArrayList<Broker>();
        var rest = new ArrayList<Broker>();
        for (int node : ranked) {
            if (node == supporter || node == opponent) {
                continue;
            }
            Broker b = byNode.get(node);
            boolean tiedToPair = graph.weight(node, supporter) > 0 || graph.weight(node, opponent) > 0;
            if (tiedToPair) {
                first.add(new Broker(b.memberId(), b.stance(), true, b.supporterSideTies(), b.opponentSideTies()));
            } else {
                rest.add(b);
            }
        }
        first.addAll(rest);
        return first;
    }

    private Map<Integer, List<String>> tiesTo(List<String> side) {
        Map<Integer, List<String>> ties = new HashMap<>();
        for (String member : side) {
            int node = graph.index(member);
            for (int p = graph.neighbourStart(node); p < graph.neighbourEnd(node); p++) {
                ties.computeIfAbsent(graph.target(p), n -> new ArrayList<>()).add(member);
            }
        }
        return ties;
    }

    private static int sideRank(Broker b) {
        return b.stance() == null || b.stance() == Stance.NEUTRAL ? 0 : 1;
    }

    private static int ties(Broker b) {
        return b.supporterSideTies().size() + b.opponentSideTies().size();
    }
}
