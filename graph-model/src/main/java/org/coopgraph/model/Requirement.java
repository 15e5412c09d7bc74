package org.coopgraph.model;

/** A project needs a skill (REQUIRES) at a level 1-5 with an importance 1-5 (default 3). */
public record Requirement(String skillId, Integer level, Integer importance) {

    public Requirement {
        importance = importance == null ? 3 : importance;
        Checks.of("Requirement").id("/skillId", skillId).range("/level", level, 1, 5)
                .range("/importance", importance, 1, 5).orThrow();
    }
}
