package org.coopgraph.model;

import java.util.List;

/** A project with its participants (PARTICIPATES_IN), required skills (REQUIRES) and themes (ADDRESSES). */
public record Project(
        String id, String name, Integer startYear, Integer endYear, ProjectStatus status,
        List<Participation> participants, List<Requirement> requires, List<String> themes) {

    public Project {
        status = status == null ? ProjectStatus.ACTIVE : status;
        participants = Checks.listOrEmpty(participants);
        requires = Checks.listOrEmpty(requires);
        themes = Checks.listOrEmpty(themes);
        Checks.of("Project").id("/id", id).text("/name", name, Checks.MAX_NAME_LENGTH)
                .required("/startYear", startYear).year("/startYear", startYear).year("/endYear", endYear)
                .yearOrder("/startYear", startYear, "/endYear", endYear)
                .noNullEntries("/participants", participants)
                .noDuplicates("/participants", participants.stream().map(p -> p == null ? null : p.memberId() + " as " + p.role()).toList())
                .noNullEntries("/requires", requires).noDuplicates("/requires", requires.stream().map(r -> r == null ? null : r.skillId()).toList())
                .noBlankEntries("/themes", themes).noDuplicates("/themes", themes)
                .orThrow();
    }

    /** Whether the project had started by {@code year}. */
    public boolean startedBy(int year) {
        return startYear <= year;
    }
}
