package org.coopgraph.analytics.valuechains;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopgraph.analytics.competences.SkillHierarchy;
import org.coopgraph.model.ChainStep;

/**
 * Finds the few members worth testing against a step instead of scanning the whole region per step:
 * members are indexed by every sector at or above theirs, by the parents of those, and by skill.
 * Both lookups return supersets, in id order; {@link StepMatcher} decides.
 */
final class ProfileIndex {

    private final List<MemberProfile> members;
    private final SectorHierarchy sectors;
    private final SkillHierarchy skills;
    private final Map<String, BitSet> bySectorUp = new HashMap<>();
    private final Map<String, BitSet> bySectorParent = new HashMap<>();
    private final Map<String, BitSet> bySkill = new HashMap<>();

    /** {@code members} must be in id order (as a snapshot's present members are). */
    ProfileIndex(List<MemberProfile> members, SectorHierarchy sectors, SkillHierarchy skills) {
        this.members = members;
        this.sectors = sectors;
        this.skills = skills;
        for (int i = 0; i < members.size(); i++) {
            MemberProfile member = members.get(i);
            mark(bySectorUp, member.sectorsUp(), i);
            mark(bySectorParent, member.sectorParents(), i);
            mark(bySkill, member.skills().keySet(), i);
        }
    }

    /** Members that may cover the step: in one of its sectors or below, or holding its first skill. */
    List<MemberProfile> mayCover(ChainStep step) {
        BitSet found = new BitSet();
        step.sectors().forEach(code -> or(found, bySectorUp, code));
        if (!step.skills().isEmpty()) {
            or(found, bySkill, step.skills().get(0));
        }
        return select(found);
    }

    /** Members that may have a reason for the step: a sibling sector, a step skill or a related skill. */
    List<MemberProfile> mayRelate(ChainStep step) {
        BitSet found = new BitSet();
        for (String code : step.sectors()) {
            String parent = sectors.parent(code);
            if (parent != null) {
                or(found, bySectorParent, parent);
            }
        }
        for (String skill : step.skills()) {
            or(found, bySkill, skill);
            skills.related(skill).forEach(related -> or(found, bySkill, related));
        }
        return select(found);
    }

    private List<MemberProfile> select(BitSet found) {
        List<MemberProfile> selected = new ArrayList<>(found.cardinality());
        for (int i = found.nextSetBit(0); i >= 0; i = found.nextSetBit(i + 1)) {
            selected.add(members.get(i));
        }
        return selected;
    }

    private static void mark(Map<String, BitSet> index, Iterable<String> keys, int position) {
        keys.forEach(key -> index.computeIfAbsent(key, k -> new BitSet()).set(position));
    }

    private static void or(BitSet found, Map<String, BitSet> index, String key) {
        BitSet members = index.get(key);
        if (members != null) {
            found.or(members);
        }
    }
}
