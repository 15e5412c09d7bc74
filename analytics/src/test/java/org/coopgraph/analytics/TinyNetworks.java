package org.coopgraph.analytics;

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
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;

/** Builds tiny snapshots inline for hand-worked tests. */
public final class TinyNetworks {

    private final List<Member> members = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();

    public static TinyNetworks network() {
        return new TinyNetworks();
    }

    public TinyNetworks member(String id, Helix helix, String sectorCode) {
        members.add(new Member(id, "Member " + id, MemberKind.COMPANY, helix, null, null, null, true, null, null,
                sectorCode == null ? List.of() : List.of(new SectorLink(sectorCode, true)), null, null, null, null));
        return this;
    }

    public TinyNetworks member(Member member) {
        members.add(member);
        return this;
    }

    public TinyNetworks tie(String from, String to) {
        return tie(from, to, 1.0);
    }

    public TinyNetworks tie(String from, String to, double weight) {
        ties.add(new Tie(from, to, null, null, null, weight));
        return this;
    }

    public TinyNetworks project(String id, int startYear, String... memberIds) {
        projects.add(new Project(id, "Project " + id, startYear, null, null,
                java.util.Arrays.stream(memberIds).map(m -> new Participation(m, ParticipationRole.PARTNER, null, null)).toList(),
                null, null));
        return this;
    }

    public NetworkSnapshot snapshot() {
        return new NetworkSnapshot(new Region("tiny", "Tiny", "NL"), 1, null, Taxonomy.EMPTY,
                members, projects, List.of(), ties, List.of());
    }
}
