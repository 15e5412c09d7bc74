package org.coopgraph.analytics.agenda;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.coopgraph.analytics.competences.SkillHierarchy;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.SkillLevel;

/**
 * Who supplies each skill among the present members, by the competence balance's rules: a direct
 * supplier has the skill (HAS_SKILL) or, as an education member, teaches it; a related supplier
 * supplies a related skill ({@link SkillHierarchy}) but not the skill itself. Only the counts the
 * agenda needs, without the full balance (which also finds candidates per project gap and costs
 * ~20x more on 100k members); a test checks the counts equal the balance's.
 */
public final class SkillSupply {

    private final Map<String, Set<String>> suppliers = new HashMap<>();
    // Counted on first use: a broad skill's related suppliers can be thousands of members, and every
    // theme and the agenda ask again. Inputs are shared between requests, hence a concurrent map.
    private final Map<String, Integer> relatedCounts = new java.util.concurrent.ConcurrentHashMap<>();
    private final SkillHierarchy hierarchy;

    private SkillSupply(NetworkSnapshot snapshot) {
        this.hierarchy = SkillHierarchy.of(snapshot.taxonomy());
        for (Member member : snapshot.presentMembers()) {
            for (SkillLevel skill : member.skills()) {
                suppliers.computeIfAbsent(skill.skillId(), s -> new HashSet<>()).add(member.id());
            }
            if (member.helix() == Helix.EDUCATION) {
                member.teaches().forEach(skill -> suppliers.computeIfAbsent(skill, s -> new HashSet<>()).add(member.id()));
            }
        }
    }

    public static SkillSupply of(NetworkSnapshot snapshot) {
        return new SkillSupply(snapshot);
    }

    public int direct(String skillId) {
        return suppliers.getOrDefault(skillId, Set.of()).size();
    }

    public int related(String skillId) {
        return relatedCounts.computeIfAbsent(skillId, this::countRelated);
    }

    private int countRelated(String skillId) {
        Set<String> direct = suppliers.getOrDefault(skillId, Set.of());
        Set<String> related = new HashSet<>();
        for (String other : hierarchy.related(skillId)) {
            for (String member : suppliers.getOrDefault(other, Set.of())) {
                if (!direct.contains(member)) {
                    related.add(member);
                }
            }
        }
        return related.size();
    }
}
