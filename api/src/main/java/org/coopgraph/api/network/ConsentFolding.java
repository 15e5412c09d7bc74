package org.coopgraph.api.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopgraph.model.Member;

/**
 * Applies consent and filters to a {@link MemberNetwork}. Full view: one node per member. Public
 * view: members with a public profile keep their node; every other member is folded into the
 * aggregate of its SBI division, and its edges into counted aggregate edges. An aggregate is built
 * only from counts, sector facts, communities and years, so nothing a folded member is known by
 * (id, name, municipality, website) can reach it. Edges run only between members who pass the filters.
 */
final class ConsentFolding {

    /** The folded graph before layout; {@code hidden} counts the members aggregates stand for. */
    record Folded(List<NetNode> nodes, List<NetEdge> edges, int hidden) {
    }

    private ConsentFolding() {
    }

    static Folded fold(MemberNetwork base, NetworkQuery query, SectorGroups sectors) {
        int n = base.size();
        boolean[] in = new boolean[n];
        String[] nodeOf = new String[n];
        Map<String, Aggregate> aggregates = new TreeMap<>();
        List<NetNode> memberNodes = new ArrayList<>();
        int hidden = 0;
        for (int v = 0; v < n; v++) {
            Member m = base.members[v];
            in[v] = passes(base, v, query, sectors);
            if (!in[v]) {
                continue;
            }
            if (query.view() == View.FULL || m.publicProfile()) {
                nodeOf[v] = m.id();
                memberNodes.add(memberNode(base, v, sectors));
            } else {
                String division = sectors.division(m);
                nodeOf[v] = Aggregate.key(division);
                aggregates.computeIfAbsent(nodeOf[v], k -> new Aggregate(division, base.years)).add(base, v);
                hidden++;
            }
        }
        Map<String, String> aggregateIds = aggregateIds(base, aggregates);
        Map<String, Integer> order = new HashMap<>();
        List<NetNode> nodes = new ArrayList<>(memberNodes);
        aggregates.forEach((key, aggregate) -> nodes.add(aggregate.node(aggregateIds.get(key), query.lang(), sectors)));
        for (int v = 0; v < n; v++) {
            if (nodeOf[v] != null && aggregateIds.containsKey(nodeOf[v])) {
                nodeOf[v] = aggregateIds.get(nodeOf[v]);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            order.put(nodes.get(i).id(), i);
        }
        return finish(base, in, nodeOf, nodes, order, hidden);
    }

    private static Folded finish(MemberNetwork base, boolean[] in, String[] nodeOf, List<NetNode> nodes,
                                 Map<String, Integer> order, int hidden) {
        Map<Long, FoldedEdge> edges = new LinkedHashMap<>();
        int[] internal = new int[nodes.size()];
        var graph = base.graph;
        for (int v = 0; v < base.size(); v++) {
            for (int p = graph.neighbourStart(v); p < graph.neighbourEnd(v); p++) {
                int w = graph.target(p);
                if (v > w || !in[v] || !in[w]) {
                    continue;
                }
                int a = order.get(nodeOf[v]);
                int b = order.get(nodeOf[w]);
                if (a == b) {
                    internal[a]++;
                    continue;
                }
                edges.computeIfAbsent(EdgeFacts.pair(a, b), k -> new FoldedEdge(Math.min(a, b), Math.max(a, b)))
                        .add(graph.weightAt(p), base.edges.of(v, w));
            }
        }
        int[] degree = new int[nodes.size()];
        List<FoldedEdge> sorted = new ArrayList<>(edges.values());
        sorted.sort((x, y) -> x.a != y.a ? Integer.compare(x.a, y.a) : Integer.compare(x.b, y.b));
        List<NetEdge> out = new ArrayList<>(sorted.size());
        for (FoldedEdge e : sorted) {
            degree[e.a]++;
            degree[e.b]++;
            out.add(new NetEdge("e" + out.size(), nodes.get(e.a).id(), nodes.get(e.b).id(), round(e.weight), e.ties,
                    EdgeFacts.kindNames(e.facts.kinds), base.years.format(e.facts.years), e.facts.projects));
        }
        List<NetNode> done = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            NetNode node = nodes.get(i);
            done.add(node.type() == NetNode.NodeType.AGGREGATE && internal[i] > 0
                    ? Aggregate.withInternalTies(node, internal[i], degree[i])
                    : node.withDegreeAndPosition(degree[i], 0, 0));
        }
        return new Folded(done, out, hidden);
    }

    static boolean passes(MemberNetwork base, int v, NetworkQuery query, SectorGroups sectors) {
        Member m = base.members[v];
        return (query.helix() == null || m.helix() == query.helix())
                && (query.community() == null || base.community[v] == query.community())
                && (query.sector() == null || sectors.within(m.primarySectorCode(), query.sector()));
    }

    private static NetNode memberNode(MemberNetwork base, int v, SectorGroups sectors) {
        Member m = base.members[v];
        String code = m.primarySectorCode();
        return new NetNode(m.id(), m.name(), NetNode.NodeType.MEMBER, m.kind().name(), m.helix().name(), code,
                sectors.name(code), sectors.section(code), base.community[v], base.years.format(base.memberYears[v]),
                base.projectsOf[v].length, 1, 0, 0, m.municipality(), m.website(), 0, 0);
    }

    /** Aggregate ids are "sector:<division>"; should a member carry that id, underscores make it unique. */
    private static Map<String, String> aggregateIds(MemberNetwork base, Map<String, Aggregate> aggregates) {
        Map<String, String> ids = new HashMap<>();
        for (String key : aggregates.keySet()) {
            String id = key;
            while (base.snapshot.member(id).isPresent()) {
                id = id + "_";
            }
            ids.put(key, id);
        }
        return ids;
    }

    static double round(double weight) {
        return Math.round(weight * 1000) / 1000.0;
    }

    /** Edges between two folded nodes, summed. */
    private static final class FoldedEdge {
        final int a;
        final int b;
        double weight;
        int ties;
        final EdgeFacts.Facts facts = new EdgeFacts.Facts();

        FoldedEdge(int a, int b) {
            this.a = a;
            this.b = b;
        }

        void add(double w, EdgeFacts.Facts more) {
            weight += w;
            ties++;
            facts.addAll(more);
        }
    }
}
