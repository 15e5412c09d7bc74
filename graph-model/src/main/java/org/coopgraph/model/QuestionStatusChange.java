package org.coopgraph.model;

import java.time.LocalDate;

/**
 * One recorded step of a question's progress ({@code from} to {@code to} on a date), kept apart from
 * {@link Question} so that the import format and every constructor call stay as they are. Reports
 * count answered questions and the time from asking to matching from these.
 */
public record QuestionStatusChange(String questionId, QuestionStatus from, QuestionStatus to, LocalDate on) {

    public QuestionStatusChange {
        Checks.of("QuestionStatusChange").id("/questionId", questionId)
                .required("/from", from).required("/to", to).required("/on", on)
                .year("/on", on == null ? null : on.getYear())
                .rule(from == null || to == null || from != to, "/to", "must differ from from")
                .orThrow();
    }
}
