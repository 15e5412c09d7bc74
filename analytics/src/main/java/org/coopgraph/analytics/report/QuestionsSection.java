package org.coopgraph.analytics.report;

import java.util.List;
import org.coopgraph.analytics.agenda.QuestionOutcomes;

/**
 * Questions answered against open, in the report year beside the previous year and over every year
 * ({@code series}, oldest first). Values are {@link QuestionOutcomes} as of each year: asked, matched
 * and answered in that year, open at its end, median days to matching and to answering.
 */
public record QuestionsSection(QuestionOutcomes year, QuestionOutcomes previous, List<QuestionOutcomes> series) {

    public QuestionsSection {
        series = List.copyOf(series);
    }
}
