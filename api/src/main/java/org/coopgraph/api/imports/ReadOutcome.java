package org.coopgraph.api.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopgraph.model.QuestionStatusChange;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Violation;

/**
 * A document as far as it could be read, with what was wrong. Every entry that could not be read
 * stands in the document as a minimal stand-in with the same id at the same position ({@code failed}
 * names their pointers), so reference and duplicate checks of the rest still run with correct indexes.
 * {@code history} is the backup's question status history (only JSON documents carry one).
 */
public record ReadOutcome(RegionDocument document, List<Violation> violations, Set<String> failed,
                          List<QuestionStatusChange> history) {

    public ReadOutcome {
        violations = List.copyOf(violations);
        failed = Set.copyOf(failed);
        history = List.copyOf(history);
    }

    public ReadOutcome(RegionDocument document, List<Violation> violations, Set<String> failed) {
        this(document, violations, failed, List.of());
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    /**
     * This outcome's violations followed by the document-level ones ({@code checks}), leaving out what
     * a check says about a stand-in's invented content; a stand-in's duplicated id is still reported.
     */
    public List<Violation> withChecks(List<Violation> checks) {
        var all = new ArrayList<>(violations);
        checks.stream().filter(v -> !aboutStandIn(v.location())).forEach(all::add);
        return all;
    }

    private boolean aboutStandIn(String location) {
        for (String pointer : failed) {
            boolean isIdOf = location.equals(pointer) || location.equals(pointer + "/id") || location.equals(pointer + "/code");
            if (!isIdOf && location.startsWith(pointer + "/")) {
                return true;
            }
        }
        return false;
    }
}
