package org.coopgraph.analytics.agenda;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopgraph.analytics.agenda.StakeholderMap.Stakeholder;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixCoverage;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixNeed;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixStatus;
import org.coopgraph.analytics.agenda.ThemeCoverage.ThemeProject;
import org.coopgraph.analytics.agenda.ThemeCoverage.ThemeQuestion;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.Participation;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.Stance;

/**
 * Helix coverage of one theme (triple helix of Etzkowitz and Leydesdorff: industry, education,
 * government; quadruple with civil society, after Carayannis and Campbell). A helix is MISSING without
 * any stakeholder, WEAK when none of its stakeholders has high influence ({@link AgendaRules#HIGH}).
 * Finance is reported but not required. Skill supply follows the competence balance's rules
 * ({@link SkillSupply}).
 */
public final class CoverageAnalysis {

    /** The helices a theme needs at the table; the first three are the triple helix. */
    static final List<Helix> QUADRUPLE = List.of(Helix.INDUSTRY, Helix.EDUCATION, Helix.GOVERNMENT, Helix.CIVIL_SOCIETY);

    private CoverageAnalysis() {
    }

    public static ThemeCoverage analyse(AgendaInputs inputs, String themeId) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(themeId, "themeId");
        ThemeWork work = ThemeWork.of(inputs, themeId);
        List<Stakeholder> stakeholders = StakeholderAnalysis.stakeholders(inputs, themeId, work);
        Set<String> withStake = stakeholders.stream().map(Stakeholder::memberId).collect(Collectors.toSet());
        List<HelixCoverage> helices = new ArrayList<>();
        Map<Helix, HelixStatus> status = new EnumMap<>(Helix.class);
        for (Helix helix : Helix.values()) {
            HelixCoverage line = helix(inputs, helix, stakeholders, work, withStake);
            helices.add(line);
            status.put(helix, line.status());
        }
        var skills = new NeededSkills(inputs, work);
        var needs = new ArrayList<HelixNeed>();
        for (Helix helix : QUADRUPLE) {
            if (status.get(helix) != HelixStatus.PRESENT) {
                needs.add(new HelixCandidates(inputs, work, skills, withStake).need(helix, status.get(helix)));
            }
        }
        boolean triple = QUADRUPLE.subList(0, 3).stream().noneMatch(h -> status.get(h) == HelixStatus.MISSING);
        boolean quadruple = triple && status.get(Helix.CIVIL_SOCIETY) != HelixStatus.MISSING;
        return new ThemeCoverage(themeId, helices, triple, quadruple, projects(work), questions(inputs, work),
                skills.lines(), needs, skills.toRecruit());
    }

    private static HelixCoverage helix(AgendaInputs inputs, Helix helix, List<Stakeholder> stakeholders,
                                       ThemeWork work, Set<String> withStake) {
        List<Stakeholder> mine = stakeholders.stream().filter(s -> s.helix() == helix).toList();
        int maxInfluence = mine.stream().mapToInt(Stakeholder::influence).max().orElse(0);
        HelixStatus status = status(mine);
        List<String> involved = inputs.snapshot().presentMembers().stream()
                .filter(m -> m.helix() == helix && !withStake.contains(m.id()) && work.involves(m.id()))
                .map(Member::id).toList();
        return new HelixCoverage(helix, status, mine.stream().map(Stakeholder::memberId).toList(),
                count(mine, Stance.SUPPORTS), count(mine, Stance.OPPOSES),
                mine.stream().mapToInt(Stakeholder::interest).sum(), mine.stream().mapToInt(Stakeholder::influence).sum(),
                maxInfluence, involved);
    }

    /** The rule for one helix's stakeholders: none MISSING, none with high influence WEAK, else PRESENT. */
    static HelixStatus status(List<Stakeholder> ofOneHelix) {
        if (ofOneHelix.isEmpty()) {
            return HelixStatus.MISSING;
        }
        return ofOneHelix.stream().anyMatch(s -> s.influence() >= AgendaRules.HIGH) ? HelixStatus.PRESENT : HelixStatus.WEAK;
    }

    private static int count(List<Stakeholder> stakeholders, Stance stance) {
        return (int) stakeholders.stream().filter(s -> s.stance() == stance).count();
    }

    private static List<ThemeProject> projects(ThemeWork work) {
        Set<String> open = work.openProjects().stream().map(p -> p.id()).collect(Collectors.toSet());
        return work.projects().stream().map(p -> new ThemeProject(p.id(), p.name(), p.status(), open.contains(p.id()),
                new TreeSet<>(p.participants().stream().map(Participation::memberId).toList()).stream().toList(),
                p.requires().stream().map(Requirement::skillId).sorted().toList())).toList();
    }

    private static List<ThemeQuestion> questions(AgendaInputs inputs, ThemeWork work) {
        return work.openQuestions().stream().map(q -> new ThemeQuestion(q.id(), q.memberId(), q.askedOn(),
                inputs.questionStates().statusAt(q, inputs.year()), q.needs())).toList();
    }
}
