package org.coopgraph.model;

/**
 * An explicit tie between two members (COLLABORATES_WITH), identified by (fromId, toId, kind).
 * Weight defaults to 1; {@code untilYear} is the last year the tie was active.
 */
public record Tie(String fromId, String toId, TieKind kind, Integer sinceYear, Integer untilYear, Double weight) {

    public Tie {
        kind = kind == null ? TieKind.COLLABORATION : kind;
        weight = weight == null ? 1.0 : weight;
        Checks.of("Tie").id("/fromId", fromId).id("/toId", toId)
                .rule(fromId == null || !fromId.equals(toId), "/toId", "must differ from fromId")
                .year("/sinceYear", sinceYear).year("/untilYear", untilYear)
                .yearOrder("/sinceYear", sinceYear, "/untilYear", untilYear)
                .positive("/weight", weight).orThrow();
    }

    /** The identity of the tie within a region. */
    public String key() {
        return fromId + "|" + toId + "|" + kind;
    }

    public boolean activeIn(int year) {
        return (sinceYear == null || sinceYear <= year) && (untilYear == null || untilYear >= year);
    }
}
