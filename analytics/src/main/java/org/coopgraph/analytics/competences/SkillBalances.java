package org.coopgraph.analytics.competences;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import org.coopgraph.analytics.competences.CompetenceResult.SkillBalance;
import org.coopgraph.analytics.competences.CompetenceResult.SkillDemand;
import org.coopgraph.analytics.competences.CompetenceResult.SkillSupply;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Skill;

/** Builds the demand-against-supply line of one skill, with partial supply from related skills. */
final class SkillBalances {

    private final NetworkSnapshot snapshot;
    private final SkillHierarchy hierarchy;
    private final SkillSuppliers suppliers;
    private final EducationCoverage education;
    private final Map<String, SkillDemand> demand;

    SkillBalances(NetworkSnapshot snapshot, SkillHierarchy hierarchy, SkillSuppliers suppliers,
                  EducationCoverage education, Map<String, SkillDemand> demand) {
        this.snapshot = snapshot;
        this.hierarchy = hierarchy;
        this.suppliers = suppliers;
        this.education = education;
        this.demand = demand;
    }

    SkillBalance of(String skillId) {
        SkillDemand need = demand.getOrDefault(skillId, SkillDemand.NONE);
        SkillSupply supply = supply(skillId);
        double gap = Math.max(0.0, need.total() - supply.total());
        String name = snapshot.skill(skillId).map(Skill::name).orElse(null);
        return new SkillBalance(skillId, name, need, supply, gap, education.trainers(skillId));
    }

    private SkillSupply supply(String skillId) {
        SortedMap<String, Double> direct = suppliers.of(skillId);
        // Each member contributes its best related skill once, and only if it does not supply the skill itself.
        Map<String, Double> partial = new HashMap<>();
        for (String related : hierarchy.related(skillId)) {
            suppliers.of(related).forEach((member, score) -> {
                if (!direct.containsKey(member)) {
                    partial.merge(member, CompetenceWeights.RELATED * score, Math::max);
                }
            });
        }
        // Scores are whole numbers or halves, so these sums are exact whatever the order.
        double directSum = direct.values().stream().mapToDouble(Double::doubleValue).sum();
        double partialSum = partial.values().stream().mapToDouble(Double::doubleValue).sum();
        return new SkillSupply(directSum, partialSum, directSum + partialSum, direct.size(), partial.size());
    }
}
