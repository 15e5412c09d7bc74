package org.coopgraph.model;

/** A member takes part in a project (PARTICIPATES_IN) in a role, optionally for a span of years. */
public record Participation(String memberId, ParticipationRole role, Integer fromYear, Integer toYear) {

    public Participation {
        Checks.of("Participation").id("/memberId", memberId).required("/role", role)
                .year("/fromYear", fromYear).year("/toYear", toYear)
                .yearOrder("/fromYear", fromYear, "/toYear", toYear).orThrow();
    }

    /** Whether the participation was active in {@code year}; open ends count as active. */
    public boolean activeIn(int year) {
        return (fromYear == null || fromYear <= year) && (toYear == null || toYear >= year);
    }
}
