package org.coopgraph.analytics.competences;

import java.util.List;

/**
 * The competence balance of one snapshot. {@code skills} is in skill id order; {@code missingSkills}
 * (demanded, no present member supplies them directly) by demand, highest first, then id;
 * {@code thinSkills} and {@code leftOnlySkills} by skill id; {@code projects} (only those with a
 * missing skill) by project id. Units and weights: {@link CompetenceWeights}.
 */
public record CompetenceResult(List<SkillBalance> skills, List<String> missingSkills, List<ThinSkill> thinSkills,
                               List<LeftOnlySkill> leftOnlySkills, List<ProjectGap> projects) {

    public CompetenceResult {
        skills = List.copyOf(skills);
        missingSkills = List.copyOf(missingSkills);
        thinSkills = List.copyOf(thinSkills);
        leftOnlySkills = List.copyOf(leftOnlySkills);
        projects = List.copyOf(projects);
    }

    /** Demand against supply for one skill; {@code gap} = max(0, demand.total - supply.total). */
    public record SkillBalance(String skillId, String name, SkillDemand demand, SkillSupply supply, double gap,
                               List<Trainer> trainers) {
        public SkillBalance {
            trainers = List.copyOf(trainers);
        }
    }

    /** Weighted demand by source: open projects' REQUIRES, unanswered questions' NEEDS, chain steps' NEEDS_SKILL. */
    public record SkillDemand(double projects, double questions, double chainSteps, double total) {
        static final SkillDemand NONE = new SkillDemand(0, 0, 0, 0);
    }

    /**
     * Supply by present members: {@code direct} from suppliers (HAS_SKILL or TEACHES by education),
     * {@code partial} from members with only a related skill; the counts are members.
     */
    public record SkillSupply(double direct, double partial, double total, int suppliers, int partialSuppliers) {
    }

    /** A present education member that could train the skill: it teaches it, or a related skill. */
    public record Trainer(String memberId, TrainerMatch match, String taughtSkillId) {
    }

    public enum TrainerMatch { TEACHES, TEACHES_RELATED }

    /** A skill with exactly one present direct supplier. */
    public record ThinSkill(String skillId, String memberId) {
    }

    /** A skill no present member supplies, that members who have left did supply (ids sorted). */
    public record LeftOnlySkill(String skillId, List<String> formerSuppliers) {
        public LeftOnlySkill {
            formerSuppliers = List.copyOf(formerSuppliers);
        }
    }

    /** An open project with the required skills none of its present participants has at the level asked. */
    public record ProjectGap(String projectId, String name, List<MissingSkill> missing) {
        public ProjectGap {
            missing = List.copyOf(missing);
        }
    }

    /**
     * One missing requirement: the best level a participant has (null when none has it at all), and
     * candidates from the region: holders at the level asked first (level high to low, then id), then
     * holders of a related skill (their level, then id); at most {@link CompetenceWeights#MAX_CANDIDATES}
     * of {@code candidateCount}.
     */
    public record MissingSkill(String skillId, Integer requiredLevel, int importance, Integer bestParticipantLevel,
                               List<Candidate> candidates, int candidateCount) {
        public MissingSkill {
            candidates = List.copyOf(candidates);
        }
    }

    /** A member who could bring the skill; {@code viaSkillId} is the skill it has (the same one or a related one). */
    public record Candidate(String memberId, int level, CandidateMatch match, String viaSkillId) {
    }

    public enum CandidateMatch { HAS_SKILL, RELATED_SKILL }
}
