package org.coopgraph.analytics.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.agenda.StakeholderMap.Conflict;
import org.coopgraph.analytics.agenda.StakeholderMap.Conflicts;
import org.coopgraph.analytics.agenda.StakeholderMap.Stakeholder;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.HopDistances;

/**
 * Classifies every supporter-opponent pair by hop distance in the collaboration graph: 1 (they
 * collaborate: a channel to talk), 2..k (within reach, through the members on a shortest path), or
 * beyond k (needs a broker). One bounded breadth-first search per opponent; only listed pairs get
 * their path and brokers worked out.
 */
final class ConflictFinder {

    private record Pair(int supporter, int opponent, int tension, int hops) {
    }

    private static final Comparator<Pair> ORDER = Comparator.comparingInt((Pair p) -> -p.tension())
            .thenComparingInt(Pair::supporter).thenComparingInt(Pair::opponent);

    private final CollaborationGraph graph;
    private final BrokerFinder brokers;
    private final Map<Integer, int[]> distancesByOpponent = new HashMap<>();
    private final Conflicts collaborating;
    private final Conflicts withinReach;
    private final Conflicts needBroker;

    ConflictFinder(CollaborationGraph graph, List<Stakeholder> stakeholders, List<String> supporters,
                   List<String> opponents, int k) {
        this.graph = graph;
        this.brokers = new BrokerFinder(graph, stakeholders, supporters, opponents);
        Map<String, Integer> weight = new HashMap<>();
        stakeholders.forEach(s -> weight.put(s.memberId(), s.interest() * s.influence()));
        var direct = new ArrayList<Pair>();
        var near = new ArrayList<Pair>();
        var far = new ArrayList<Pair>();
        for (String opponent : opponents) {
            int o = graph.index(opponent);
            int[] distance = HopDistances.from(graph, new int[] {o}, k);
            distancesByOpponent.put(o, distance);
            for (String supporter : supporters) {
                int s = graph.index(supporter);
                var pair = new Pair(s, o, weight.get(supporter) + weight.get(opponent), distance[s]);
                (distance[s] == HopDistances.BEYOND ? far : distance[s] == 1 ? direct : near).add(pair);
            }
        }
        this.collaborating = listed(direct);
        this.withinReach = listed(near);
        this.needBroker = listed(far);
    }

    Conflicts collaborating() { return collaborating; }
    Conflicts withinReach() { return withinReach; }
    Conflicts needBroker() { return needBroker; }

    private Conflicts listed(List<Pair> pairs) {
        List<Conflict> listed = pairs.stream().sorted(ORDER).limit(AgendaRules.MAX_LISTED).map(this::conflict).toList();
        return new Conflicts(pairs.size(), listed);
    }

    private Conflict conflict(Pair pair) {
        String supporter = graph.id(pair.supporter());
        String opponent = graph.id(pair.opponent());
        if (pair.hops() == HopDistances.BEYOND) {
            var found = brokers.forPair(pair.supporter(), pair.opponent());
            return new Conflict(supporter, opponent, pair.tension(), null, List.of(),
                    found.stream().limit(AgendaRules.MAX_BROKERS).toList(), found.size());
        }
        return new Conflict(supporter, opponent, pair.tension(), pair.hops(), via(pair), List.of(), 0);
    }

    /** The members between the pair on the shortest path that always steps to the lowest-id closer node. */
    private List<String> via(Pair pair) {
        int[] distance = distancesByOpponent.get(pair.opponent());
        var path = new ArrayList<String>();
        int node = pair.supporter();
        while (distance[node] > 1) {
            int next = -1;
            for (int p = graph.neighbourStart(node); p < graph.neighbourEnd(node) && next < 0; p++) {
                if (distance[graph.target(p)] == distance[node] - 1) {
                    next = graph.target(p);
                }
            }
            path.add(graph.id(next));
            node = next;
        }
        return path;
    }
}
