package org.coopgraph.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.Region;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.Sector;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.Skill;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Tie;
import org.coopgraph.model.ValueChain;

/** Builds tiny snapshots inline for hand-worked tests. */
public final class TinyNetworks {

    private final List<Member> members = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<ValueChain> chains = new ArrayList<>();
    private final List<Sector> sectors = new ArrayList<>();
    private final List<Skill> skills = new ArrayList<>();

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

    /** A tie active from {@code sinceYear} to {@code untilYear} (either may be null: open-ended). */
    public TinyNetworks tieDuring(String from, String to, Integer sinceYear, Integer untilYear) {
        ties.add(new Tie(from, to, null, sinceYear, untilYear, 1.0));
        return this;
    }

    public TinyNetworks joinedIn(String memberId, int year) {
        return replaceMember(memberId, m -> new Member(m.id(), m.name(), m.kind(), m.helix(), m.municipality(), m.sizeClass(),
                m.website(), m.publicProfile(), year, m.left(), m.sectors(), m.skills(), m.teaches(), m.suppliesTo(), m.stakes()));
    }

    public TinyNetworks project(String id, int startYear, String... memberIds) {
        projects.add(new Project(id, "Project " + id, startYear, null, null,
                java.util.Arrays.stream(memberIds).map(m -> new Participation(m, ParticipationRole.PARTNER, null, null)).toList(),
                null, null));
        return this;
    }

    /** A taxonomy sector; its level follows from the parents added before it (a section without parent is 1). */
    public TinyNetworks sector(String code, String parentCode) {
        int level = parentCode == null ? 1 : sectors.stream().filter(x -> x.code().equals(parentCode))
                .mapToInt(x -> Math.min(5, x.level() + 1)).findFirst().orElse(2);
        sectors.add(new Sector(code, null, "Sector " + code, level, parentCode));
        return this;
    }

    /** A taxonomy skill with its broader (parent) skill, or null. */
    public TinyNetworks skill(String id, String broaderId) {
        skills.add(new Skill(id, "Skill " + id, null, broaderId));
        return this;
    }

    public TinyNetworks hasSkill(String memberId, String skillId, int level) {
        return replaceMember(memberId, m -> with(m, plus(m.skills(), new SkillLevel(skillId, level)), m.teaches(), m.sectors(), m.left()));
    }

    public TinyNetworks teaches(String memberId, String skillId) {
        return replaceMember(memberId, m -> with(m, m.skills(), plus(m.teaches(), skillId), m.sectors(), m.left()));
    }

    /** Adds a further, non-primary sector to a member. */
    public TinyNetworks inSector(String memberId, String code) {
        return replaceMember(memberId, m -> with(m, m.skills(), m.teaches(), plus(m.sectors(), new SectorLink(code, false)), m.left()));
    }

    public TinyNetworks leftIn(String memberId, int year) {
        return replaceMember(memberId, m -> with(m, m.skills(), m.teaches(), m.sectors(), year));
    }

    public TinyNetworks requires(String projectId, String skillId, Integer level, Integer importance) {
        return replaceProject(projectId, p -> new Project(p.id(), p.name(), p.startYear(), p.endYear(), p.status(),
                p.participants(), plus(p.requires(), new Requirement(skillId, level, importance)), p.themes()));
    }

    public TinyNetworks status(String projectId, ProjectStatus status) {
        return replaceProject(projectId, p -> new Project(p.id(), p.name(), p.startYear(), p.endYear(), status,
                p.participants(), p.requires(), p.themes()));
    }

    public TinyNetworks question(String id, String memberId, QuestionStatus status, String... needs) {
        questions.add(new Question(id, memberId, "Question " + id, java.time.LocalDate.of(2024, 3, 1), status,
                List.of(needs), List.of()));
        return this;
    }

    public TinyNetworks chain(String id, ChainStep... steps) {
        chains.add(new ValueChain(id, "Chain " + id, List.of(steps)));
        return this;
    }

    public static ChainStep step(String id, int position, List<String> sectorCodes, List<String> skillIds) {
        return new ChainStep(id, "Step " + id, position, sectorCodes, skillIds);
    }

    public NetworkSnapshot snapshot() {
        return new NetworkSnapshot(new Region("tiny", "Tiny", "NL"), 1, null, Taxonomy.of(sectors, skills, List.of()),
                members, projects, questions, ties, chains);
    }

    private TinyNetworks replaceMember(String id, UnaryOperator<Member> change) {
        int i = indexOf(members, Member::id, id);
        members.set(i, change.apply(members.get(i)));
        return this;
    }

    private TinyNetworks replaceProject(String id, UnaryOperator<Project> change) {
        int i = indexOf(projects, Project::id, id);
        projects.set(i, change.apply(projects.get(i)));
        return this;
    }

    private static <T> int indexOf(List<T> values, java.util.function.Function<T, String> key, String id) {
        for (int i = 0; i < values.size(); i++) {
            if (key.apply(values.get(i)).equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("add " + id + " first");
    }

    private static Member with(Member m, List<SkillLevel> skillLevels, List<String> teaches, List<SectorLink> sectorLinks, Integer left) {
        return new Member(m.id(), m.name(), m.kind(), m.helix(), m.municipality(), m.sizeClass(), m.website(),
                m.publicProfile(), m.joined(), left, sectorLinks, skillLevels, teaches, m.suppliesTo(), m.stakes());
    }

    private static <T> List<T> plus(List<T> values, T value) {
        List<T> all = new ArrayList<>(values);
        all.add(value);
        return all;
    }
}
