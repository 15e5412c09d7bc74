package org.coopgraph.analytics.agenda;

import java.util.List;

/**
 * All themes of the region ranked for action, best first (see {@link AgendaRanking} for the score).
 * {@code previousYear} is null when no comparison was asked for; then every {@code previous...} and
 * {@code ...Change} field is null too.
 */
public record Agenda(Integer year, Integer previousYear, List<ThemeRank> themes) {

    public Agenda {
        themes = List.copyOf(themes);
    }

    /** {@code rankChange}: previous rank minus rank (positive = moved up); {@code scoreChange}: score minus previous score. */
    public record ThemeRank(String themeId, String name, int rank, double score, Components components,
                            Integer previousRank, Double previousScore, Components previous, Integer rankChange,
                            Double scoreChange) {
    }

    /**
     * The raw numbers behind a score. {@code gaps} = missing helices of the quadruple helix
     * + {@link AgendaRules#WEAK_HELIX_GAP} x weak ones + needed skills without a direct supplier.
     */
    public record Components(int openQuestions, double demand, int energy, double gaps, int missingHelices,
                             int weakHelices, int missingSkills) {
    }
}
