package org.coopgraph.analytics.competences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.competences.CompetenceResult.Candidate;
import org.coopgraph.analytics.competences.CompetenceResult.CandidateMatch;
import org.coopgraph.model.Member;
import org.coopgraph.model.SkillLevel;

/**
 * Per skill, the present members who have it, and those who have only a related skill, each ranked
 * once (level high to low, then id) and reused by every project that misses the skill.
 */
final class SkillCandidates {

    private static final Comparator<Candidate> BY_LEVEL_THEN_ID =
            Comparator.comparingInt(Candidate::level).reversed().thenComparing(Candidate::memberId);

    private final SkillHierarchy hierarchy;
    /** Skill id to its present holders (member id to HAS_SKILL level). */
    private final Map<String, Map<String, Integer>> holders = new HashMap<>();
    private final Map<String, List<Candidate>> direct = new HashMap<>();
    private final Map<String, List<Candidate>> related = new HashMap<>();

    SkillCandidates(List<Member> present, SkillHierarchy hierarchy) {
        this.hierarchy = hierarchy;
        for (Member member : present) {
            for (SkillLevel skill : member.skills()) {
                holders.computeIfAbsent(skill.skillId(), s -> new HashMap<>()).put(member.id(), skill.level());
            }
        }
    }

    /** The member's HAS_SKILL level, or null. */
    Integer level(String memberId, String skillId) {
        return holders.getOrDefault(skillId, Map.of()).get(memberId);
    }

    /** Every holder of the skill, ranked. */
    List<Candidate> direct(String skillId) {
        return direct.computeIfAbsent(skillId, skill -> {
            List<Candidate> all = new ArrayList<>();
            holders.getOrDefault(skill, Map.of())
                    .forEach((member, level) -> all.add(new Candidate(member, level, CandidateMatch.HAS_SKILL, skill)));
            all.sort(BY_LEVEL_THEN_ID);
            return List.copyOf(all);
        });
    }

    /**
     * Members without the skill at any level who hold a related skill, each with its best one (the
     * lowest id among equal levels), ranked by that level.
     */
    List<Candidate> related(String skillId) {
        return related.computeIfAbsent(skillId, skill -> {
            Map<String, Integer> ownHolders = holders.getOrDefault(skill, Map.of());
            Map<String, Candidate> best = new HashMap<>();
            for (String other : hierarchy.related(skill)) {
                holders.getOrDefault(other, Map.of()).forEach((member, level) -> {
                    Candidate now = best.get(member);
                    if (!ownHolders.containsKey(member) && (now == null || level > now.level())) {
                        best.put(member, new Candidate(member, level, CandidateMatch.RELATED_SKILL, other));
                    }
                });
            }
            return best.values().stream().sorted(BY_LEVEL_THEN_ID).toList();
        });
    }
}
