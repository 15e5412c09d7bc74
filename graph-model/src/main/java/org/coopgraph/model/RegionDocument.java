package org.coopgraph.model;

import java.util.List;

/**
 * The import (and backup) document of one region: everything the region holds, plus taxonomy entries
 * it brings along. Entities are upserted by id; entities not named are left alone. {@code region} may
 * be null when the document adds to an existing region.
 */
public record RegionDocument(
        Region region, List<Sector> sectors, List<Skill> skills, List<Theme> themes,
        List<Member> members, List<Project> projects, List<Question> questions,
        List<Tie> ties, List<ValueChain> valueChains) {

    public RegionDocument {
        sectors = Checks.listOrEmpty(sectors);
        skills = Checks.listOrEmpty(skills);
        themes = Checks.listOrEmpty(themes);
        members = Checks.listOrEmpty(members);
        projects = Checks.listOrEmpty(projects);
        questions = Checks.listOrEmpty(questions);
        ties = Checks.listOrEmpty(ties);
        valueChains = Checks.listOrEmpty(valueChains);
    }

    public static RegionDocument empty(Region region) {
        return new RegionDocument(region, null, null, null, null, null, null, null, null);
    }

    /** Number of entities and taxonomy entries in the document (one row each in an import). */
    public int size() {
        return sectors.size() + skills.size() + themes.size() + members.size() + projects.size()
                + questions.size() + ties.size() + valueChains.size();
    }

    public RegionDocument withRegion(Region newRegion) {
        return new RegionDocument(newRegion, sectors, skills, themes, members, projects, questions, ties, valueChains);
    }
}
