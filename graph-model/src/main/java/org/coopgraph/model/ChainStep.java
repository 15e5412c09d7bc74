package org.coopgraph.model;

import java.util.List;

/** One ordered step of a value chain, with the sectors (NEEDS_SECTOR) and skills (NEEDS_SKILL) it needs. */
public record ChainStep(String id, String name, Integer position, List<String> sectors, List<String> skills) {

    public ChainStep {
        sectors = Checks.listOrEmpty(sectors);
        skills = Checks.listOrEmpty(skills);
        Checks.of("ChainStep").id("/id", id).text("/name", name, Checks.MAX_NAME_LENGTH)
                .required("/position", position).range("/position", position, 1, 1000)
                .noBlankEntries("/sectors", sectors).noDuplicates("/sectors", sectors)
                .noBlankEntries("/skills", skills).noDuplicates("/skills", skills)
                .rule(!sectors.isEmpty() || !skills.isEmpty(), "/sectors", "a step needs at least one sector or skill")
                .orThrow();
    }
}
