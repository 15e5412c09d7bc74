package org.coopgraph.analytics.suggestions.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.Region;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;

/** Builds small dated networks inline for the evaluation tests. */
final class Dated {

    private final List<Member> members = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();

    Dated member(String id, int joined) {
        members.add(new Member(id, id, MemberKind.COMPANY, Helix.INDUSTRY, null, null, null, true, joined, null,
                null, null, null, null, null));
        return this;
    }

    Dated tie(String a, String b, int since) {
        ties.add(new Tie(a, b, null, since, null, 1.0));
        return this;
    }

    Dated project(String id, int start, String... memberIds) {
        projects.add(new Project(id, id, start, null, null, java.util.Arrays.stream(memberIds)
                .map(m -> new Participation(m, ParticipationRole.PARTNER, null, null)).toList(), null, null));
        return this;
    }

    NetworkSnapshot snapshot() {
        return new NetworkSnapshot(new Region("dated", "Dated", null), 1, null, Taxonomy.EMPTY, members, projects,
                List.of(), ties, List.of());
    }
}
