package org.coopgraph.analytics.report;

import java.util.List;
import java.util.Objects;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.port.FeedbackStore.Feedback;

/**
 * The data a report is built from, as plain values: the region's undated snapshot (every year is cut
 * from it), its questions' dated status changes and coordinators' decisions on suggestions.
 */
public record ReportInputs(NetworkSnapshot snapshot, List<QuestionStatusChange> questionChanges,
                           List<Feedback> decisions) {

    public ReportInputs {
        Objects.requireNonNull(snapshot, "snapshot");
        if (snapshot.asOfYear().isPresent()) {
            throw new IllegalArgumentException("the snapshot must be undated; the report cuts the years itself");
        }
        questionChanges = List.copyOf(questionChanges);
        decisions = List.copyOf(decisions);
    }
}
