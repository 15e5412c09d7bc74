package org.coopgraph.analytics.agenda;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;

/**
 * What became of the region's questions, for the yearly report: asked, matched and answered (in the
 * year, or ever when no year is given), open at the end, and days from asking to matching and to
 * answering for questions whose dates were recorded. Answers without a recorded date are counted
 * separately since they cannot be placed in a year or timed.
 */
public record QuestionOutcomes(Integer year, int asked, int matched, int answered, int answeredUndated, int open,
                               Double medianDaysToMatch, Double medianDaysToAnswer) {

    /** {@code snapshot} as of {@code year} (or the latest data for null), with the region's changes. */
    public static QuestionOutcomes of(NetworkSnapshot snapshot, QuestionStates states) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(states, "states");
        Integer year = snapshot.asOfYear().isPresent() ? snapshot.asOfYear().getAsInt() : null;
        int asked = 0;
        int matched = 0;
        int answered = 0;
        int undated = 0;
        int open = 0;
        var toMatch = new ArrayList<Long>();
        var toAnswer = new ArrayList<Long>();
        for (Question q : snapshot.questions()) {
            asked += inYear(q.askedOn(), year) ? 1 : 0;
            open += states.openAt(q, year) ? 1 : 0;
            var matchedOn = states.reached(q.id(), QuestionStatus.MATCHED);
            var answeredOn = states.reached(q.id(), QuestionStatus.ANSWERED);
            if (matchedOn.isPresent() && inYear(matchedOn.get(), year)) {
                matched++;
                toMatch.add(ChronoUnit.DAYS.between(q.askedOn(), matchedOn.get()));
            }
            if (answeredOn.isPresent() && inYear(answeredOn.get(), year)) {
                answered++;
                toAnswer.add(ChronoUnit.DAYS.between(q.askedOn(), answeredOn.get()));
            } else if (answeredOn.isEmpty() && states.statusAt(q, year) == QuestionStatus.ANSWERED) {
                undated++;
            }
        }
        return new QuestionOutcomes(year, asked, matched, answered, undated, open, median(toMatch), median(toAnswer));
    }

    private static boolean inYear(LocalDate date, Integer year) {
        return year == null || date.getYear() == year;
    }

    private static Double median(List<Long> days) {
        if (days.isEmpty()) {
            return null;
        }
        List<Long> sorted = days.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
