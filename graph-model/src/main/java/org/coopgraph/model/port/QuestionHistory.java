package org.coopgraph.model.port;

import java.util.List;
import java.util.OptionalLong;
import org.coopgraph.model.QuestionStatusChange;

/** The dated status changes of a region's questions (open, matched, in progress, answered). */
public interface QuestionHistory {

    /** Every recorded change of the region's questions, by question id, then date, then status order. */
    List<QuestionStatusChange> changes(String regionId);

    /** The recorded changes of one question, by date, then status order; empty if none or no such question. */
    List<QuestionStatusChange> changes(String regionId, String questionId);

    /**
     * Sets the question's status to {@code change.to()} and records the change, only if its status is
     * still {@code change.from()}, in one transaction that also bumps the region's data version.
     * Returns the new data version, or empty (changing nothing) if the question is absent or has moved on.
     */
    OptionalLong record(String regionId, QuestionStatusChange change);

    /**
     * Restores recorded changes (from a backup): adds each change the question does not have yet, counting
     * identical repeats, and leaves the questions' statuses alone. Changes of absent questions are skipped.
     * Bumps the region's data version in the same transaction if anything was added.
     */
    Restored restore(String regionId, List<QuestionStatusChange> changes);

    /** How many changes {@link #restore} added, and the region's data version afterwards (0 without region). */
    record Restored(int added, long dataVersion) {
    }
}
