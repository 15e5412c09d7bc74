package org.coopgraph.model;

/** A member has a skill (HAS_SKILL) at a level from 1 (basic) to 5 (expert). */
public record SkillLevel(String skillId, Integer level) {

    public SkillLevel {
        Checks.of("SkillLevel").id("/skillId", skillId).required("/level", level)
                .range("/level", level, 1, 5).orThrow();
    }
}
