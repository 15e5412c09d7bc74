package org.coopgraph.analytics.suggestions.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopgraph.analytics.suggestions.SuggestionContext;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.Tie;

/**
 * Hides the future. {@code history}: what was known at the end of year T: members in the cooperative
 * in T; every tie begun by T (ended ones too: they know each other); projects started by T with the
 * participations begun by T; questions asked by T; value chains (they carry no dates). Supply links
 * are dropped, having no dates. {@code future}: the pairs of history members not tied in history who
 * start a tie, or a project participation overlapping the other's in the same project, in T+1..T+h.
 */
public record HistorySplit(int year, int horizon, SuggestionContext history, int[][] future, long futureLinks) {

    public static HistorySplit of(NetworkSnapshot all, int year, int horizon) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1 year: " + horizon);
        }
        List<Member> members = all.members().stream().filter(m -> m.activeIn(year)).map(HistorySplit::withoutSupplies).toList();
        Set<String> present = members.stream().map(Member::id).collect(Collectors.toSet());
        List<Tie> ties = all.ties().stream().filter(t -> t.sinceYear() == null || t.sinceYear() <= year)
                .filter(t -> present.contains(t.fromId()) && present.contains(t.toId())).toList();
        List<Project> projects = all.projects().stream().filter(p -> p.startYear() <= year)
                .map(p -> new Project(p.id(), p.name(), p.startYear(), p.endYear(), p.status(),
                        p.participants().stream().filter(x -> present.contains(x.memberId()) && start(p, x) <= year).toList(),
                        p.requires(), p.themes())).toList();
        List<Question> questions = all.questions().stream()
                .filter(q -> q.askedOn().getYear() <= year && present.contains(q.memberId())).toList();
        NetworkSnapshot history = new NetworkSnapshot(all.region(), all.dataVersion(), year, all.taxonomy(),
                members, projects, questions, ties, all.valueChains());
        SuggestionContext context = SuggestionContext.of(history);
        List<Set<Integer>> future = new ArrayList<>();
        for (int v = 0; v < context.size(); v++) {
            future.add(new HashSet<>());
        }
        int last = year + horizon;
        for (Tie tie : all.ties()) {
            if (tie.sinceYear() != null && tie.sinceYear() > year && tie.sinceYear() <= last) {
                link(context, future, tie.fromId(), tie.toId());
            }
        }
        for (Project p : all.projects()) {
            for (Participation x : p.participants()) {
                for (Participation y : p.participants()) {
                    int begins = Math.max(start(p, x), start(p, y));
                    if (x.memberId().compareTo(y.memberId()) < 0 && begins > year && begins <= last
                            && begins <= Math.min(end(p, x), end(p, y))) {
                        link(context, future, x.memberId(), y.memberId());
                    }
                }
            }
        }
        int[][] lists = future.stream().map(s -> s.stream().mapToInt(Integer::intValue).sorted().toArray()).toArray(int[][]::new);
        long count = Arrays.stream(lists).mapToLong(l -> l.length).sum() / 2;
        return new HistorySplit(year, horizon, context, lists, count);
    }

    private static void link(SuggestionContext context, List<Set<Integer>> future, String a, String b) {
        int u = context.node(a);
        int v = context.node(b);
        if (u >= 0 && v >= 0 && u != v && !context.tied(u, v)) {
            future.get(u).add(v);
            future.get(v).add(u);
        }
    }

    private static int start(Project p, Participation x) {
        return x.fromYear() != null ? x.fromYear() : p.startYear();
    }

    private static int end(Project p, Participation x) {
        return x.toYear() != null ? x.toYear() : p.endYear() != null ? p.endYear() : Integer.MAX_VALUE;
    }

    private static Member withoutSupplies(Member m) {
        return m.suppliesTo().isEmpty() ? m : new Member(m.id(), m.name(), m.kind(), m.helix(), m.municipality(),
                m.sizeClass(), m.website(), m.publicProfile(), m.joined(), m.left(), m.sectors(), m.skills(),
                m.teaches(), List.of(), m.stakes());
    }
}
