package org.coopgraph.analytics.agenda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.Region;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.SkillLevel;
import org.coopgraph.model.Skill;
import org.coopgraph.model.Stake;
import org.coopgraph.model.Stance;
import org.coopgraph.model.Taxonomy;
import org.coopgraph.model.Theme;
import org.coopgraph.model.Tie;

/** Builds tiny snapshots with stakes, themes, projects and questions inline for hand-worked agenda tests. */
final class AgendaNetworks {

    private final List<Member> members = new ArrayList<>();
    private final List<Tie> ties = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<Skill> skills = new ArrayList<>();
    private final List<Theme> themes = new ArrayList<>();
    private final List<QuestionStatusChange> history = new ArrayList<>();

    static AgendaNetworks network(String... themeIds) {
        var n = new AgendaNetworks();
        Arrays.stream(themeIds).forEach(t -> n.themes.add(new Theme(t, "Theme " + t)));
        return n;
    }

    static Stake stake(String theme, int interest, int influence, Stance stance) {
        return new Stake(theme, interest, influence, stance);
    }

    AgendaNetworks member(String id, Helix helix, Stake... stakes) {
        return member(id, helix, null, List.of(), List.of(), stakes);
    }

    AgendaNetworks member(String id, Helix helix, Integer joined, List<String> has, List<String> teaches, Stake... stakes) {
        members.add(new Member(id, "Member " + id, MemberKind.COMPANY, helix, null, null, null, !id.startsWith("hidden"),
                joined, null, List.of(), has.stream().map(s -> new SkillLevel(s, 3)).toList(), teaches, List.of(),
                List.of(stakes)));
        return this;
    }

    AgendaNetworks tie(String a, String b) {
        ties.add(new Tie(a, b, null, null, null, null));
        return this;
    }

    AgendaNetworks skill(String id, String broader) {
        skills.add(new Skill(id, "Skill " + id, null, broader));
        return this;
    }

    /** An active project from {@code startYear} on the theme, with partners and (skill, importance) requirements. */
    AgendaNetworks project(String id, int startYear, String theme, List<String> partners, String... skillImportance) {
        var requires = new ArrayList<Requirement>();
        for (int i = 0; i < skillImportance.length; i += 2) {
            requires.add(new Requirement(skillImportance[i], null, Integer.parseInt(skillImportance[i + 1])));
        }
        projects.add(new Project(id, "Project " + id, startYear, null, null,
                partners.stream().map(m -> new Participation(m, ParticipationRole.PARTNER, null, null)).toList(),
                requires, List.of(theme)));
        return this;
    }

    AgendaNetworks question(String id, String member, String askedOn, QuestionStatus status, String theme, String... needs) {
        questions.add(new Question(id, member, "Question " + id, LocalDate.parse(askedOn), status, List.of(needs), List.of(theme)));
        return this;
    }

    AgendaNetworks change(String question, QuestionStatus from, QuestionStatus to, String on) {
        history.add(new QuestionStatusChange(question, from, to, LocalDate.parse(on)));
        return this;
    }

    NetworkSnapshot snapshot() {
        return new NetworkSnapshot(new Region("tiny", "Tiny", "NL"), 1, null, Taxonomy.of(List.of(), skills, themes),
                members, projects, questions, ties, List.of());
    }

    AgendaInputs inputs() {
        return AgendaInputs.of(snapshot(), history);
    }

    AgendaInputs inputs(int year) {
        return AgendaInputs.of(snapshot().asOf(year), history);
    }
}
