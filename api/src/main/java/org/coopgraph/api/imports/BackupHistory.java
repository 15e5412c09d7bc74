package org.coopgraph.api.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.coopgraph.api.regions.ImportResult;
import org.coopgraph.model.ImportSummary;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.Violation;
import org.coopgraph.model.port.QuestionHistory;

/**
 * The {@code questionHistory} of a backup (see the export): checked with the document, so a bad entry
 * stops the whole import, and restored right after the document's own write, under the same write lock.
 * The two are separate transactions: should the process die in between, the region holds the document
 * without (part of) its history, and importing the same backup again completes it (restoring is idempotent).
 */
final class BackupHistory {

    private BackupHistory() {
    }

    /** Entries that name a question neither the document nor the region has. */
    static List<Violation> violations(ReadOutcome read, NetworkSnapshot existing) {
        var known = new HashSet<String>();
        read.document().questions().stream().map(Question::id).forEach(known::add);
        existing.questions().stream().map(Question::id).forEach(known::add);
        var violations = new ArrayList<Violation>();
        List<QuestionStatusChange> history = read.history();
        for (int i = 0; i < history.size(); i++) {
            if (!known.contains(history.get(i).questionId())) {
                violations.add(new Violation("/" + RegionDocumentReader.HISTORY + "/" + i + "/questionId",
                        "refers to unknown question '" + history.get(i).questionId() + "'"));
            }
        }
        return violations;
    }

    /** Restores the history after the document's import; the answer counts the entries as "questionHistory". */
    static ImportResult restore(ImportResult imported, QuestionHistory store, List<QuestionStatusChange> history) {
        var restored = store.restore(imported.regionId(), history);
        var counts = new LinkedHashMap<>(imported.summary().counts());
        counts.put(RegionDocumentReader.HISTORY, new ImportSummary.Counts(restored.added(), 0, history.size() - restored.added()));
        return new ImportResult(imported.regionId(), restored.added() > 0 ? restored.dataVersion() : imported.dataVersion(),
                imported.changed() || restored.added() > 0, new ImportSummary(counts));
    }
}
