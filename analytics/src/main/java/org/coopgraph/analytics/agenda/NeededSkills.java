package org.coopgraph.analytics.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopgraph.analytics.agenda.ThemeCoverage.NeededSkill;
import org.coopgraph.analytics.agenda.ThemeCoverage.Supply;
import org.coopgraph.analytics.competences.CompetenceResult.SkillBalance;
import org.coopgraph.analytics.competences.CompetenceWeights;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.Project;
import org.coopgraph.model.Question;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.Skill;

/**
 * The skills a theme's open projects (REQUIRES) and open questions (NEEDS) call for, with the region's
 * supply from the competence balance, and the theme's demand in the balance's points: a requirement
 * counts its importance, a question's need {@link CompetenceWeights#QUESTION_NEED}.
 */
final class NeededSkills {

    private final Map<String, List<String>> projectsBySkill = new TreeMap<>();
    private final Map<String, List<String>> questionsBySkill = new TreeMap<>();
    private final List<NeededSkill> lines = new ArrayList<>();
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
        Map<String, SkillBalance> balance = inputs.competences().skills().stream()
                .collect(Collectors.toMap(SkillBalance::skillId, Function.identity()));
        var skills = new java.util.TreeSet<>(projectsBySkill.keySet());
        skills.addAll(questionsBySkill.keySet());
        for (String skill : skills) {
            SkillBalance line = balance.get(skill);
            // A skill the balance does not list is neither supplied nor (by its status rule) demanded.
            int direct = line == null ? 0 : line.supply().suppliers();
            int related = line == null ? 0 : line.supply().partialSuppliers();
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

    /** The needed skills this member supplies by the competence rule: HAS_SKILL, or TEACHES as education. */
    List<String> suppliedBy(Member member) {
        return lines.stream().map(NeededSkill::skillId)
                .filter(skill -> member.skills().stream().anyMatch(s -> s.skillId().equals(skill))
                        || member.helix() == Helix.EDUCATION && member.teaches().contains(skill))
                .toList();
    }
}
