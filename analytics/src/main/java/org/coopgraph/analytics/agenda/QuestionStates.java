package org.coopgraph.analytics.agenda;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.QuestionStatusChange;

/**
 * A question's status at the end of a year, from its dated changes. Without recorded changes the
 * question's current status is all there is (an imported ANSWERED question counts as answered in
 * every year); before its first recorded change it had that change's {@code from} status.
 */
public final class QuestionStates {

    private final Map<String, List<QuestionStatusChange>> byQuestion;

    private QuestionStates(Map<String, List<QuestionStatusChange>> byQuestion) {
        this.byQuestion = byQuestion;
    }

    /** Groups changes by question, keeping each question's changes by date, then status order. */
    public static QuestionStates of(Collection<QuestionStatusChange> changes) {
        var grouped = new TreeMap<String, List<QuestionStatusChange>>();
        changes.stream().sorted(java.util.Comparator.comparing(QuestionStatusChange::on)
                        .thenComparing(c -> c.to().ordinal()))
                .forEach(c -> grouped.computeIfAbsent(c.questionId(), id -> new java.util.ArrayList<>()).add(c));
        grouped.replaceAll((id, list) -> List.copyOf(list));
        return new QuestionStates(grouped);
    }

    public static QuestionStates none() {
        return new QuestionStates(Map.of());
    }

    public List<QuestionStatusChange> of(String questionId) {
        return byQuestion.getOrDefault(questionId, List.of());
    }

    /** The status at the end of {@code year}; the current status when {@code year} is null. */
    public QuestionStatus statusAt(Question question, Integer year) {
        List<QuestionStatusChange> changes = of(question.id());
        if (year == null || changes.isEmpty()) {
            return question.status();
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        QuestionStatus status = changes.get(0).from();
        for (QuestionStatusChange change : changes) {
            if (change.on().isAfter(end)) {
                break;
            }
            status = change.to();
        }
        return status;
    }

    public boolean openAt(Question question, Integer year) {
        return statusAt(question, year) != QuestionStatus.ANSWERED;
    }

    /** The date the question reached {@code status}, if recorded. */
    public java.util.Optional<LocalDate> reached(String questionId, QuestionStatus status) {
        return of(questionId).stream().filter(c -> c.to() == status).map(QuestionStatusChange::on).findFirst();
    }
}
