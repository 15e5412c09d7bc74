package org.coopgraph.analytics.report;

import java.util.List;

/** Competence gaps and thin skills in the report year beside the previous year. */
public record CompetencesSection(CompetencesYear year, CompetencesYear previous) {

    /**
     * {@code missing}: demanded skills no present member supplies, highest demand first (at most 15 of
     * {@code missingCount}); {@code thin}: skills with exactly one supplier (by skill name, at most 15
     * of {@code thinCount}); {@code leftOnly}: skills only former members supplied;
     * {@code projectsWithGaps}: open projects missing a required skill.
     */
    public record CompetencesYear(int year, int skillsDemanded, int skillsSupplied, int missingCount,
                                  List<SkillGap> missing, int thinCount, List<ThinSkill> thin,
                                  List<SkillRef> leftOnly, int projectsWithGaps) {
        public CompetencesYear {
            missing = List.copyOf(missing);
            thin = List.copyOf(thin);
            leftOnly = List.copyOf(leftOnly);
        }
    }

    public record SkillRef(String skillId, String name) {
    }

    /** A missing skill: its weighted demand and the education members that could train it. */
    public record SkillGap(SkillRef skill, double demand, List<MemberRef> trainers) {
        public SkillGap {
            trainers = List.copyOf(trainers);
        }
    }

    /** A skill hanging on one supplier, with the education members that could train others in it. */
    public record ThinSkill(SkillRef skill, MemberRef supplier, List<MemberRef> trainers) {
        public ThinSkill {
            trainers = List.copyOf(trainers);
        }
    }
}
