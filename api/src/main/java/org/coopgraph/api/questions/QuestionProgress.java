package org.coopgraph.api.questions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.QuestionStatusChange;

/**
 * A question's progress: its status, the recorded dated changes (oldest first) and, once recorded,
 * the days from asking to matching and to answering.
 */
record QuestionProgress(String questionId, LocalDate askedOn, QuestionStatus status, List<QuestionStatusChange> changes,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long daysToMatch,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Long daysToAnswer) {

    static QuestionProgress of(Question question, QuestionStatus status, List<QuestionStatusChange> changes) {
        return new QuestionProgress(question.id(), question.askedOn(), status, changes,
                days(question, changes, QuestionStatus.MATCHED), days(question, changes, QuestionStatus.ANSWERED));
    }

    private static Long days(Question question, List<QuestionStatusChange> changes, QuestionStatus reached) {
        return changes.stream().filter(c -> c.to() == reached).findFirst()
                .map(c -> ChronoUnit.DAYS.between(question.askedOn(), c.on())).orElse(null);
    }
}
