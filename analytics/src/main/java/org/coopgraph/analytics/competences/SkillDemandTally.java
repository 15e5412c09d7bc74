package org.coopgraph.analytics.competences;

import java.util.Map;
import java.util.TreeMap;
import org.coopgraph.analytics.competences.CompetenceResult.SkillDemand;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.Requirement;
import org.coopgraph.model.ValueChain;

/** Sums the weighted demand for each skill over the three sources of need (weights: {@link CompetenceWeights}). */
final class SkillDemandTally {

    private SkillDemandTally() {
    }

    static Map<String, SkillDemand> of(NetworkSnapshot snapshot) {
        Map<String, double[]> sums = new TreeMap<>();
        for (Project project : snapshot.projects()) {
            if (isOpen(project, snapshot)) {
                for (Requirement requirement : project.requires()) {
                    add(sums, requirement.skillId(), 0, requirement.importance());
                }
            }
        }
        for (Question question : snapshot.questions()) {
            if (question.status() != QuestionStatus.ANSWERED) {
                question.needs().forEach(skill -> add(sums, skill, 1, CompetenceWeights.QUESTION_NEED));
            }
        }
        for (ValueChain chain : snapshot.valueChains()) {
            for (ChainStep step : chain.steps()) {
                step.skills().forEach(skill -> add(sums, skill, 2, CompetenceWeights.CHAIN_STEP_NEED));
            }
        }
        Map<String, SkillDemand> demand = new TreeMap<>();
        sums.forEach((skill, s) -> demand.put(skill, new SkillDemand(s[0], s[1], s[2], s[0] + s[1] + s[2])));
        return demand;
    }

    /**
     * Whether a project still needs its skills. For the latest data: planned or active. As of a year
     * the status is today's, so a project counts unless cancelled or ended before that year.
     */
    static boolean isOpen(Project project, NetworkSnapshot snapshot) {
        if (project.status() == ProjectStatus.CANCELLED) {
            return false;
        }
        if (snapshot.asOfYear().isPresent()) {
            return project.endYear() == null || project.endYear() >= snapshot.asOfYear().getAsInt();
        }
        return project.status() != ProjectStatus.COMPLETED;
    }

    private static void add(Map<String, double[]> sums, String skill, int source, double weight) {
        sums.computeIfAbsent(skill, s -> new double[3])[source] += weight;
    }
}
