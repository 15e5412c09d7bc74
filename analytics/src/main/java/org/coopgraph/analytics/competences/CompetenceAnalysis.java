package org.coopgraph.analytics.competences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopgraph.analytics.competences.CompetenceResult.LeftOnlySkill;
import org.coopgraph.analytics.competences.CompetenceResult.SkillBalance;
import org.coopgraph.analytics.competences.CompetenceResult.SkillDemand;
import org.coopgraph.analytics.competences.CompetenceResult.ThinSkill;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;

/**
 * Missing competences of a region: demand for each skill (projects, questions, value-chain steps)
 * against the supply of its present members, with thin skills, skills that left with former members,
 * education coverage and per-project missing skills. Method: the usual skills-gap comparison of
 * demand and supply per skill (as in the Cedefop/ETF/ILO guides to anticipating and matching skills),
 * on the member network only; the weights are this project's own ({@link CompetenceWeights}).
 * Pure and deterministic: every list comes out sorted.
 */
public final class CompetenceAnalysis {

    private CompetenceAnalysis() {
    }

    public static CompetenceResult analyse(NetworkSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        SkillHierarchy hierarchy = SkillHierarchy.of(snapshot.taxonomy());
        List<Member> present = snapshot.presentMembers();
        Set<String> presentIds = present.stream().map(Member::id).collect(Collectors.toSet());
        // As of a year, members() holds only those present then, so nobody counts as former.
        List<Member> former = snapshot.members().stream().filter(m -> !presentIds.contains(m.id())).toList();
        SkillSuppliers supply = SkillSuppliers.of(present);
        SkillSuppliers formerSupply = SkillSuppliers.of(former);
        Map<String, SkillDemand> demand = SkillDemandTally.of(snapshot);
        var balances = new SkillBalances(snapshot, hierarchy, supply, new EducationCoverage(present, hierarchy), demand);

        TreeSet<String> skills = new TreeSet<>(demand.keySet());
        skills.addAll(supply.skills());
        skills.addAll(formerSupply.skills());
        List<SkillBalance> lines = new ArrayList<>();
        List<ThinSkill> thin = new ArrayList<>();
        List<LeftOnlySkill> leftOnly = new ArrayList<>();
        for (String skill : skills) {
            lines.add(balances.of(skill));
            SortedMap<String, Double> suppliers = supply.of(skill);
            if (suppliers.size() == 1) {
                thin.add(new ThinSkill(skill, suppliers.firstKey()));
            }
            if (suppliers.isEmpty() && !formerSupply.of(skill).isEmpty()) {
                leftOnly.add(new LeftOnlySkill(skill, List.copyOf(formerSupply.of(skill).keySet())));
            }
        }
        List<String> missing = lines.stream()
                .filter(line -> line.demand().total() > 0 && line.supply().suppliers() == 0)
                .sorted(Comparator.comparingDouble((SkillBalance line) -> line.demand().total()).reversed()
                        .thenComparing(SkillBalance::skillId))
                .map(SkillBalance::skillId).toList();
        return new CompetenceResult(lines, missing, thin, leftOnly, new ProjectGaps(present, hierarchy).of(snapshot));
    }
}
