package org.coopgraph.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network as it stood in one year: members who had joined and not yet left, projects started
 * by then with the participations active that year, questions asked by then, ties active that year.
 * References to members outside that set are dropped so every id in the result resolves.
 */
final class SnapshotAsOf {

    private SnapshotAsOf() {
    }

    static NetworkSnapshot filter(NetworkSnapshot all, int year) {
        List<Member> members = all.members().stream().filter(m -> m.activeIn(year)).toList();
        Set<String> active = members.stream().map(Member::id).collect(Collectors.toUnmodifiableSet());
        List<Member> trimmed = members.stream().map(m -> withSuppliesAmong(m, active)).toList();
        List<Project> projects = all.projects().stream().filter(p -> p.startedBy(year))
                .map(p -> withParticipantsIn(p, year, active)).toList();
        List<Question> questions = all.questions().stream()
                .filter(q -> q.askedOn().getYear() <= year && active.contains(q.memberId())).toList();
        List<Tie> ties = all.ties().stream()
                .filter(t -> t.activeIn(year) && active.contains(t.fromId()) && active.contains(t.toId())).toList();
        return new NetworkSnapshot(all.region(), all.dataVersion(), year, all.taxonomy(),
                trimmed, projects, questions, ties, all.valueChains());
    }

    private static Member withSuppliesAmong(Member m, Set<String> active) {
        if (active.containsAll(m.suppliesTo())) {
            return m;
        }
        return new Member(m.id(), m.name(), m.kind(), m.helix(), m.municipality(), m.sizeClass(), m.website(),
                m.publicProfile(), m.joined(), m.left(), m.sectors(), m.skills(), m.teaches(),
                m.suppliesTo().stream().filter(active::contains).toList(), m.stakes());
    }

    /** A participation without years lasts as long as its project. */
    static boolean activeIn(Project p, Participation x, int year) {
        int from = x.fromYear() != null ? x.fromYear() : p.startYear();
        Integer to = x.toYear() != null ? x.toYear() : p.endYear();
        return from <= year && (to == null || to >= year);
    }

    private static Project withParticipantsIn(Project p, int year, Set<String> active) {
        var participants = p.participants().stream()
                .filter(x -> activeIn(p, x, year) && active.contains(x.memberId())).toList();
        if (participants.size() == p.participants().size()) {
            return p;
        }
        return new Project(p.id(), p.name(), p.startYear(), p.endYear(), p.status(), participants, p.requires(), p.themes());
    }
}
