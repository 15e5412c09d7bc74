package org.coopgraph.analytics.suggestions.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistorySplitTest {

    private final HistorySplit split = HistorySplit.of(new Dated()
            .member("a", 2015).member("b", 2015).member("c", 2015).member("d", 2015).member("e", 2024)
            .tie("a", "b", 2018)         // history
            .project("P", 2021, "a", "c") // history
            .tie("b", "c", 2023)         // new within 2023-2024
            .project("R", 2023, "a", "d") // new within 2023-2024
            .tie("c", "d", 2026)         // beyond the horizon
            .project("S", 2024, "b", "e") // e was not a member in 2022
            .tie("b", "a", 2024)         // already tied in history
            .snapshot(), 2022, 2);

    @Test
    void historyHoldsOnlyWhatWasKnownByTheYear() {
        var history = split.history();
        assertThat(history.size()).isEqualTo(4);
        assertThat(history.node("e")).isEqualTo(-1);
        assertEquals(2, history.graph().edgeCount());
        assertThat(history.tied(history.node("a"), history.node("b"))).isTrue();
        assertThat(history.tied(history.node("a"), history.node("c"))).isTrue();
        assertThat(history.tied(history.node("b"), history.node("c"))).isFalse();
    }

    @Test
    void theFutureIsTheNewLinksBetweenHistoryMembersWithinTheHorizon() {
        var h = split.history();
        assertEquals(2, split.futureLinks());
        assertThat(split.future()[h.node("a")]).containsExactly(h.node("d"));
        assertThat(split.future()[h.node("b")]).containsExactly(h.node("c"));
        assertThat(split.future()[h.node("c")]).containsExactly(h.node("b"));
        assertThat(split.future()[h.node("d")]).containsExactly(h.node("a"));
    }

    @Test
    void aHorizonBelowOneYearIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HistorySplit.of(new Dated().snapshot(), 2022, 0));
    }
}
