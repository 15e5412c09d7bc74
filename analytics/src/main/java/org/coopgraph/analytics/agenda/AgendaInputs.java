package org.coopgraph.analytics.agenda;

import java.util.Collection;
import java.util.Objects;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.QuestionStatusChange;

/**
 * What every agenda analysis of one snapshot reads: the snapshot, its collaboration graph (explicit
 * ties, supply links and shared projects), the questions' dated status changes and who supplies
 * which skill. Build once per snapshot and share: the graph is the expensive part.
 */
public record AgendaInputs(NetworkSnapshot snapshot, CollaborationGraph graph, QuestionStates questionStates,
                           SkillSupply supply) {

    public AgendaInputs {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(questionStates, "questionStates");
        Objects.requireNonNull(supply, "supply");
    }

    public static AgendaInputs of(NetworkSnapshot snapshot, Collection<QuestionStatusChange> history) {
        Objects.requireNonNull(history, "history");
        return new AgendaInputs(snapshot, CollaborationGraph.of(snapshot), QuestionStates.of(history),
                SkillSupply.of(snapshot));
    }

    /** The year the snapshot stands for, or null for the latest data. */
    Integer year() {
        return snapshot.asOfYear().isPresent() ? snapshot.asOfYear().getAsInt() : null;
    }
}
