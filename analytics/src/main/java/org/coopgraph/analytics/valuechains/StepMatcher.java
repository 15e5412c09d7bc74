package org.coopgraph.analytics.valuechains;

import java.util.ArrayList;
import java.util.List;
import org.coopgraph.analytics.competences.SkillHierarchy;
import org.coopgraph.analytics.valuechains.ValueChainResult.CoveringMember;
import org.coopgraph.analytics.valuechains.ValueChainResult.Reason;
import org.coopgraph.analytics.valuechains.ValueChainResult.ReasonCode;
import org.coopgraph.model.ChainStep;

/**
 * Decides whether a member covers a chain step and, if not, why it could. Coverage by sector: one of
 * the member's sectors equals a step sector or lies below it (a class inside a needed division does
 * that division's work). Coverage by skills: the member has every skill the step needs, at any level;
 * having only some of them makes it a candidate, not a supplier, because a step is done whole.
 */
final class StepMatcher {

    private final SectorHierarchy sectors;
    private final SkillHierarchy skills;

    StepMatcher(SectorHierarchy sectors, SkillHierarchy skills) {
        this.sectors = sectors;
        this.skills = skills;
    }

    /** How the member covers the step, or null when it does not. */
    CoveringMember coverage(ChainStep step, MemberProfile member) {
        boolean bySector = step.sectors().stream().anyMatch(member.sectorsUp()::contains);
        boolean bySkills = !step.skills().isEmpty() && member.skills().keySet().containsAll(step.skills());
        return bySector || bySkills ? new CoveringMember(member.memberId(), bySector, bySkills) : null;
    }

    /**
     * Reasons a non-covering member could take the step on: a sector sharing its parent with a step
     * sector (siblings in SBI, counted once, detail the lowest such step sector), each step skill it
     * has, and each other step skill for which it has a related skill (parent, child or sibling).
     */
    List<Reason> reasons(ChainStep step, MemberProfile member) {
        List<Reason> reasons = new ArrayList<>();
        step.sectors().stream().sorted()
                .filter(code -> sectors.parent(code) != null && member.sectorParents().contains(sectors.parent(code)))
                .findFirst()
                .ifPresent(code -> reasons.add(new Reason(ReasonCode.RELATED_SECTOR, step.id(), code, null)));
        for (String skill : step.skills().stream().sorted().toList()) {
            if (member.skills().containsKey(skill)) {
                reasons.add(new Reason(ReasonCode.HAS_STEP_SKILL, step.id(), skill, null));
            } else if (member.skills().keySet().stream().anyMatch(held -> skills.areRelated(skill, held))) {
                reasons.add(new Reason(ReasonCode.RELATED_SKILL, step.id(), skill, null));
            }
        }
        return reasons;
    }
}
