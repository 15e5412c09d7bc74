package org.coopgraph.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.model.Helix.INDUSTRY;
import static org.coopgraph.model.QuestionStatus.ANSWERED;
import static org.coopgraph.model.QuestionStatus.IN_PROGRESS;
import static org.coopgraph.model.QuestionStatus.MATCHED;
import static org.coopgraph.model.QuestionStatus.OPEN;

import org.junit.jupiter.api.Test;

/**
 * q1 asked 2023-01-01, matched after 10 days, answered 2024-01-31 (395 days); q2 asked 2023-06-01,
 * matched 2023-06-21 (20 days); q3 imported as answered, no dates; q4 asked 2024-02-01, open.
 */
class QuestionOutcomesTest {

    private static AgendaNetworks region() {
        return AgendaNetworks.network("t").member("m", INDUSTRY)
                .question("q1", "m", "2023-01-01", ANSWERED, "t")
                .question("q2", "m", "2023-06-01", MATCHED, "t")
                .question("q3", "m", "2023-03-01", ANSWERED, "t")
                .question("q4", "m", "2024-02-01", OPEN, "t")
                .change("q1", OPEN, MATCHED, "2023-01-11").change("q1", MATCHED, IN_PROGRESS, "2023-03-01")
                .change("q1", IN_PROGRESS, ANSWERED, "2024-01-31")
                .change("q2", OPEN, MATCHED, "2023-06-21");
    }

    @Test
    void countsTheYearsQuestionsAndTimesMatchingFromTheRecordedDates() {
        var network = region();
        var inputs = network.inputs(2023);
        var y2023 = QuestionOutcomes.of(inputs.snapshot(), inputs.questionStates());
        assertThat(y2023).isEqualTo(new QuestionOutcomes(2023, 3, 2, 0, 1, 2, 15.0, null));

        var latest = network.inputs();
        assertThat(QuestionOutcomes.of(latest.snapshot(), latest.questionStates()))
                .isEqualTo(new QuestionOutcomes(null, 4, 2, 1, 1, 2, 15.0, 395.0));
    }

    @Test
    void statusAtTheEndOfAYearFollowsTheRecordedChanges() {
        var inputs = region().inputs();
        var q1 = inputs.snapshot().question("q1").orElseThrow();
        var states = inputs.questionStates();
        assertThat(states.statusAt(q1, 2022)).isEqualTo(OPEN);
        assertThat(states.statusAt(q1, 2023)).isEqualTo(IN_PROGRESS);
        assertThat(states.statusAt(q1, 2024)).isEqualTo(ANSWERED);
        assertThat(states.statusAt(q1, null)).isEqualTo(ANSWERED);
        assertThat(states.statusAt(inputs.snapshot().question("q3").orElseThrow(), 2023)).isEqualTo(ANSWERED);
    }
}
