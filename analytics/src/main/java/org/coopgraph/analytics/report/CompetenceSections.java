package org.coopgraph.analytics.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopgraph.analytics.competences.CompetenceResult;
import org.coopgraph.analytics.competences.CompetenceResult.SkillBalance;
import org.coopgraph.analytics.report.CompetencesSection.CompetencesYear;
import org.coopgraph.analytics.report.CompetencesSection.SkillGap;
import org.coopgraph.analytics.report.CompetencesSection.SkillRef;
import org.coopgraph.analytics.report.CompetencesSection.ThinSkill;

/** The competence part of a year, read off one {@link CompetenceResult}: selected, named and capped. */
final class CompetenceSections {

    static final int LISTED = 15;
    static final int TRAINERS = 5;

    private final MemberNames names;

    CompetenceSections(MemberNames names) {
        this.names = names;
    }

    /**
     * Missing skills in the analysis' order (highest demand first); thin skills demanded ones first
     * (highest demand first), then by name and id, since a thin skill nobody asks for is no risk yet.
     */
    CompetencesYear year(CompetenceResult result, int year) {
        Map<String, SkillBalance> balances = result.skills().stream()
                .collect(Collectors.toMap(SkillBalance::skillId, Function.identity()));
        int demanded = (int) result.skills().stream().filter(b -> b.demand().total() > 0).count();
        int supplied = (int) result.skills().stream().filter(b -> b.supply().suppliers() > 0).count();
        List<SkillGap> missing = result.missingSkills().stream().limit(LISTED).map(balances::get)
                .map(b -> new SkillGap(skill(b), b.demand().total(), trainers(b))).toList();
        List<ThinSkill> thin = result.thinSkills().stream()
                .sorted(Comparator.comparingDouble((CompetenceResult.ThinSkill t) -> -balances.get(t.skillId()).demand().total())
                        .thenComparing(t -> balances.get(t.skillId()).name()).thenComparing(CompetenceResult.ThinSkill::skillId))
                .limit(LISTED)
                .map(t -> new ThinSkill(skill(balances.get(t.skillId())), names.ref(t.memberId()),
                        trainers(balances.get(t.skillId()))))
                .toList();
        List<SkillRef> leftOnly = result.leftOnlySkills().stream().limit(LISTED)
                .map(l -> skill(balances.get(l.skillId()))).toList();
        return new CompetencesYear(year, demanded, supplied, result.missingSkills().size(), missing,
                result.thinSkills().size(), thin, leftOnly, result.projects().size());
    }

    /** Demand of a skill in this result, 0 when it has none. */
    static double demand(CompetenceResult result, String skillId) {
        return result.skills().stream().filter(b -> b.skillId().equals(skillId))
                .mapToDouble(b -> b.demand().total()).findFirst().orElse(0);
    }

    private static SkillRef skill(SkillBalance balance) {
        return new SkillRef(balance.skillId(), balance.name());
    }

    /** Trainers who teach the skill itself first, then those teaching a related one, as named refs. */
    private List<MemberRef> trainers(SkillBalance balance) {
        List<String> ids = balance.trainers().stream()
                .sorted(Comparator.comparing(CompetenceResult.Trainer::match).thenComparing(CompetenceResult.Trainer::memberId))
                .map(CompetenceResult.Trainer::memberId).distinct().toList();
        return names.refs(ids, TRAINERS);
    }
}
