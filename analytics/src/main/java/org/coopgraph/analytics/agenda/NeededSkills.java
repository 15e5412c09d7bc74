package org.coopgraph.analytics.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopgraph.analytics.agenda.ThemeCoverage.NeededSkill;
import org.coopgraph.analytics.agenda.ThemeCoverage.Supply;
import org.coopgraph.analytics.competences.CompetenceWeights;
import org.coopgraph.model.Member;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.Skill;

/**
 * The skills a theme's open projects (REQUIRES) and open questions (NEEDS) call for, with the region's
 * supply ({@link SkillSupply}, the competence balance's rules), and the theme's demand in the balance's points: a requirement
 * counts its importance, a question's need {@link CompetenceWeights#QUESTION_NEED}.
 */
final class NeededSkills {

    private final Map<String, List<String>> projectsBySkill = new TreeMap<>();
    private final Map<String, List<String>> questionsBySkill = new TreeMap<>();
    private final List<NeededSkill> lines = new ArrayList<>();
    private final java.util.Set<String> needed = new java.util.HashSet<>();
    private double demand;

    NeededSkills(AgendaInputs inputs, ThemeWork work) {
        for (Project project : work.openProjects()) {
            for (Requirement requirement : project.requires()) {
                projectsBySkill.computeIfAbsent(requirement.skillId(), s -> new ArrayList<>()).add(project.id());
                demand += requirement.importance();
            }
        }
        for (Question question : work.openQuestions()) {
            for (String skill : question.needs()) {
                questionsBySkill.computeIfAbsent(skill, s -> new ArrayList<>()).add(question.id());
                demand += CompetenceWeights.QUESTION_NEED;
            }
        }
        var skills = new java.util.TreeSet<>(projectsBySkill.keySet());
        skills.addAll(questionsBySkill.keySet());
        needed.addAll(skills);
        for (String skill : skills) {
            int direct = inputs.supply().direct(skill);
            int related = inputs.supply().related(skill);
            lines.add(new NeededSkill(skill, inputs.snapshot().skill(skill).map(Skill::name).orElse(null),
                    projectsBySkill.getOrDefault(skill, List.of()), questionsBySkill.getOrDefault(skill, List.of()),
                    direct, related, supply(direct, related)));
        }
    }

    private static Supply supply(int direct, int related) {
        if (direct >= 2) {
            return Supply.SUPPLIED;
        }
        if (direct == 1) {
            return Supply.THIN;
        }
        return related > 0 ? Supply.RELATED_ONLY : Supply.MISSING;
    }

    List<NeededSkill> lines() {
        return List.copyOf(lines);
    }

    /** Needed skills without a direct supplier in the region, by id. */
    List<String> toRecruit() {
        return lines.stream().filter(l -> l.suppliers() == 0).map(NeededSkill::skillId).toList();
    }

    double demand() {
        return demand;
    }

    /** The needed skills this member supplies by the competence rule (HAS_SKILL, or TEACHES as education), by id. */
    List<String> suppliedBy(Member member) {
        var supplied = new java.util.TreeSet<String>();
        member.skills().forEach(s -> supplied.add(s.skillId()));
        if (member.helix() == org.coopgraph.model.Helix.EDUCATION) {
            supplied.addAll(member.teaches());
        }
        // Iterating the member's few skills, not all needed skills: this runs for every candidate member.
        supplied.retainAll(needed);
        return List.copyOf(supplied);
    }
}
