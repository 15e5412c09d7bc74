package org.coopgraph.analytics.agenda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.coopgraph.analytics.agenda.StakeholderMap.Conflict;
import org.coopgraph.analytics.agenda.StakeholderMap.Conflicts;
import org.coopgraph.analytics.agenda.StakeholderMap.Stakeholder;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.HopDistances;

/**
 * Classifies every supporter-opponent pair by hop distance in the collaboration graph: 1 (they
 * collaborate: a channel to talk), 2..k (within reach, through the members on a shortest path), or
 * beyond k (needs a broker). One bounded breadth-first search per opponent; only listed pairs get
 * their path (one more search each) and brokers worked out.
 */
final class ConflictFinder {

    private record Pair(int supporter, int opponent, int tension, int hops) {
    }

    private static final Comparator<Pair> ORDER = Comparator.comparingInt((Pair p) -> -p.tension())
            .thenComparingInt(Pair::supporter).thenComparingInt(Pair::opponent);

    private final CollaborationGraph graph;
    private final BrokerFinder brokers;
    private final BoundedBfs bfs;
    private final int k;
    private final Conflicts collaborating;
    private final Conflicts withinReach;
    private final Conflicts needBroker;

    ConflictFinder(CollaborationGraph graph, List<Stakeholder> stakeholders, List<String> supporters,
                   List<String> opponents, int k) {
        this.graph = graph;
        this.k = k;
        this.bfs = new BoundedBfs(graph);
        this.brokers = new BrokerFinder(graph, stakeholders, supporters, opponents);
        Map<String, Integer> weight = new HashMap<>();
        stakeholders.forEach(s -> weight.put(s.memberId(), s.interest() * s.influence()));
        int[] supporterNodes = supporters.stream().mapToInt(graph::index).toArray();
        int[] supporterWeights = supporters.stream().mapToInt(weight::get).toArray();
        var direct = new TopPairs();
        var near = new TopPairs();
        var far = new TopPairs();
        for (String opponent : opponents) {
            int o = graph.index(opponent);
            int opponentWeight = weight.get(opponent);
            bfs.run(o, k);
            for (int i = 0; i < supporterNodes.length; i++) {
                int d = bfs.distance(supporterNodes[i]);
                var pair = new Pair(supporterNodes[i], o, supporterWeights[i] + opponentWeight, d);
                (d == HopDistances.BEYOND ? far : d == 1 ? direct : near).add(pair);
            }
        }
        this.collaborating = listed(direct);
        this.withinReach = listed(near);
        this.needBroker = listed(far);
    }

    Conflicts collaborating() { return collaborating; }
    Conflicts withinReach() { return withinReach; }
    Conflicts needBroker() { return needBroker; }

    private Conflicts listed(TopPairs pairs) {
        return new Conflicts(pairs.total, pairs.best.stream().sorted(ORDER).map(this::conflict).toList());
    }

    /** Counts the pairs of a class and keeps the best {@link AgendaRules#MAX_LISTED} (a large region has millions). */
    private static final class TopPairs {
        private final PriorityQueue<Pair> best = new PriorityQueue<>(ORDER.reversed());
        private int total;

        void add(Pair pair) {
            total++;
            best.add(pair);
            if (best.size() > AgendaRules.MAX_LISTED) {
                best.poll();
            }
        }
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
        bfs.run(pair.opponent(), k);
        var path = new ArrayList<String>();
        int node = pair.supporter();
        while (bfs.distance(node) > 1) {
            int next = -1;
            for (int p = graph.neighbourStart(node); p < graph.neighbourEnd(node) && next < 0; p++) {
                if (bfs.distance(graph.target(p)) == bfs.distance(node) - 1) {
                    next = graph.target(p);
                }
            }
            path.add(graph.id(next));
            node = next;
        }
        return path;
    }
}
