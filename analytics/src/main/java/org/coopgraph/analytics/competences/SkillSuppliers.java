package org.coopgraph.analytics.competences;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.SkillLevel;

/**
 * Who supplies each skill directly, with what score: the HAS_SKILL level, or {@link CompetenceWeights#TEACHING}
 * for an education member that TEACHES it, whichever is higher, so one organisation counts once.
 * Teaching by members outside the education helix is not supply: a company's in-house course does not
 * put people on the regional labour market.
 */
final class SkillSuppliers {

    private final Map<String, SortedMap<String, Double>> bySkill = new HashMap<>();

    private SkillSuppliers(Collection<Member> members) {
        for (Member member : members) {
            for (SkillLevel skill : member.skills()) {
                offer(skill.skillId(), member.id(), skill.level());
            }
            if (member.helix() == Helix.EDUCATION) {
                member.teaches().forEach(skill -> offer(skill, member.id(), CompetenceWeights.TEACHING));
            }
        }
    }

    static SkillSuppliers of(Collection<Member> members) {
        return new SkillSuppliers(members);
    }

    /** Supplier id to score, in id order. */
    SortedMap<String, Double> of(String skillId) {
        SortedMap<String, Double> suppliers = bySkill.get(skillId);
        return suppliers == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(suppliers);
    }

    Set<String> skills() {
        return Collections.unmodifiableSet(bySkill.keySet());
    }

    private void offer(String skillId, String memberId, double score) {
        bySkill.computeIfAbsent(skillId, s -> new TreeMap<>()).merge(memberId, score, Math::max);
    }
}
