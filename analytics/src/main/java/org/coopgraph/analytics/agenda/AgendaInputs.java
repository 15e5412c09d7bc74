package org.coopgraph.analytics.agenda;

import java.util.Collection;
import java.util.Objects;
import org.coopgraph.analytics.competences.CompetenceAnalysis;
import org.coopgraph.analytics.competences.CompetenceResult;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.QuestionStatusChange;

/**
 * What every agenda analysis of one snapshot reads: the snapshot, its collaboration graph (explicit
 * ties, supply links and shared projects), the questions' dated status changes and the competence
 * balance (skill supply). Build once per snapshot and share: the graph and the balance are the
 * expensive parts.
 */
public record AgendaInputs(NetworkSnapshot snapshot, CollaborationGraph graph, QuestionStates questionStates,
                           CompetenceResult competences) {

    public AgendaInputs {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(questionStates, "questionStates");
        Objects.requireNonNull(competences, "competences");
    }

    public static AgendaInputs of(NetworkSnapshot snapshot, Collection<QuestionStatusChange> history) {
        Objects.requireNonNull(history, "history");
        return new AgendaInputs(snapshot, CollaborationGraph.of(snapshot), QuestionStates.of(history),
                CompetenceAnalysis.analyse(snapshot));
    }

    /** The year the snapshot stands for, or null for the latest data. */
    Integer year() {
        return snapshot.asOfYear().isPresent() ? snapshot.asOfYear().getAsInt() : null;
    }
}
