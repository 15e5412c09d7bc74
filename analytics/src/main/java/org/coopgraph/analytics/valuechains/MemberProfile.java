package org.coopgraph.analytics.valuechains;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.coopgraph.model.Member;
import org.coopgraph.model.SectorLink;
import org.coopgraph.model.SkillLevel;

/**
 * What a member brings to a chain step, precomputed once per snapshot: its sectors with all their
 * ancestors, the parents of those (to find sibling sectors) and its skills with levels.
 */
record MemberProfile(String memberId, Set<String> sectorsUp, Set<String> sectorParents, Map<String, Integer> skills) {

    static MemberProfile of(Member member, SectorHierarchy sectors) {
        Set<String> up = new HashSet<>();
        for (SectorLink link : member.sectors()) {
            up.addAll(sectors.upFrom(link.code()));
        }
        Set<String> parents = new HashSet<>();
        for (String code : up) {
            String parent = sectors.parent(code);
            if (parent != null) {
                parents.add(parent);
            }
        }
        Map<String, Integer> skills = new HashMap<>();
        for (SkillLevel skill : member.skills()) {
            skills.put(skill.skillId(), skill.level());
        }
        return new MemberProfile(member.id(), Set.copyOf(up), Set.copyOf(parents), Map.copyOf(skills));
    }
}
