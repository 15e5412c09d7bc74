package org.coopgraph.api.network;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.crosssector.CrossSectorOptions;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.LeidenCommunities;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.Project;
import org.coopgraph.model.Tie;
import org.coopgraph.model.YearSpan;

/**
 * Everything a network export needs from one snapshot, computed once per snapshot (and cached): the
 * collaboration graph of present members, their Leiden communities, membership years, projects,
 * and the facts behind every edge. Consent is not applied here; {@link ConsentFolding} does that.
 * Communities use the cross-sector analysis' defaults (modularity, resolution 1, its seed and
 * iterations) so the colours match the communities that analysis reports.
 */
final class MemberNetwork {

    final NetworkSnapshot snapshot;
    final CollaborationGraph graph;
    final Member[] members;
    final int[] community;
    final YearSet years;
    final BitSet[] memberYears;
    final int[][] projectsOf;
    final EdgeFacts edges = new EdgeFacts();

    private MemberNetwork(NetworkSnapshot snapshot) {
        this.snapshot = snapshot;
        this.graph = CollaborationGraph.of(snapshot);
        int n = graph.size();
        this.members = new Member[n];
        for (int v = 0; v < n; v++) {
            members[v] = snapshot.member(graph.id(v)).orElseThrow();
        }
        CrossSectorOptions defaults = CrossSectorOptions.defaults();
        this.community = new LeidenCommunities(defaults.resolution(), defaults.leidenIterations(), defaults.seed())
                .detect(graph).labels();
        this.years = span(snapshot);
        this.memberYears = new BitSet[n];
        for (int v = 0; v < n; v++) {
            Member m = members[v];
            memberYears[v] = years.range(m.joined(), m.left() == null ? null : m.left() - 1);
        }
        this.projectsOf = collectFacts();
    }

    static MemberNetwork of(NetworkSnapshot snapshot) {
        return new MemberNetwork(snapshot);
    }

    int size() {
        return members.length;
    }

    /** The span of years the data mentions, ending at the snapshot's year when it has one. */
    private static YearSet span(NetworkSnapshot snapshot) {
        var span = snapshot.yearSpan();
        if (span.isEmpty()) {
            return YearSet.none();
        }
        YearSpan s = span.get();
        int last = snapshot.asOfYear().isPresent() ? Math.min(s.last(), snapshot.asOfYear().getAsInt()) : s.last();
        return last < s.first() ? YearSet.none() : new YearSet(s.first(), last);
    }

    /** Fills the edge facts from ties, supply links and shared projects; returns each member's projects. */
    private int[][] collectFacts() {
        for (Tie tie : snapshot.ties()) {
            edges.add(graph.index(tie.fromId()), graph.index(tie.toId()), tie.kind().ordinal(),
                    years.range(tie.sinceYear(), tie.untilYear()), false);
        }
        for (int v = 0; v < size(); v++) {
            for (String to : members[v].suppliesTo()) {
                int w = graph.index(to);
                if (w >= 0) {
                    BitSet both = (BitSet) memberYears[v].clone();
                    both.and(memberYears[w]);
                    edges.add(v, w, EdgeFacts.SUPPLIES, both, false);
                }
            }
        }
        List<List<Integer>> projects = new ArrayList<>();
        for (int v = 0; v < size(); v++) {
            projects.add(new ArrayList<>());
        }
        List<Project> all = snapshot.projects();
        for (int p = 0; p < all.size(); p++) {
            Map<Integer, BitSet> active = participantYears(all.get(p));
            List<Integer> people = new ArrayList<>(active.keySet());
            people.sort(null);
            for (int i = 0; i < people.size(); i++) {
                projects.get(people.get(i)).add(p);
                for (int j = i + 1; j < people.size(); j++) {
                    BitSet both = (BitSet) active.get(people.get(i)).clone();
                    both.and(active.get(people.get(j)));
                    edges.add(people.get(i), people.get(j), EdgeFacts.PROJECT, both, true);
                }
            }
        }
        return projects.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /** Present participants of a project and the years each took part (a member with two roles: both). */
    private Map<Integer, BitSet> participantYears(Project project) {
        Map<Integer, BitSet> active = new HashMap<>();
        for (Participation x : project.participants()) {
            int v = graph.index(x.memberId());
            if (v >= 0) {
                Integer from = x.fromYear() != null ? x.fromYear() : project.startYear();
                Integer to = x.toYear() != null ? x.toYear() : project.endYear();
                active.computeIfAbsent(v, k -> new BitSet()).or(years.range(from, to));
            }
        }
        return active;
    }
}
