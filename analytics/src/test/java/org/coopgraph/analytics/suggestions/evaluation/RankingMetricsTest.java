package org.coopgraph.analytics.suggestions.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    // Node 0 is the member; candidates 1-5 score 0.9, 0.5, 0.5, 0.1, 0; it really gained 2 and 4.
    private static final double[] SCORES = {7, 0.9, 0.5, 0.5, 0.1, 0.0};
    private static final boolean[] CANDIDATE = {false, true, true, true, true, true};

    @Test
    void handWorkedRanking() {
        // Ranking 1, 2 (ties go to the lower id), 3, 4, 5: the positives sit at ranks 2 and 4.
        RankingMetrics m = RankingMetrics.of(SCORES, CANDIDATE, new int[] {2, 4}, 2);
        assertEquals(0.5, m.precisionAtK(), 1e-12);
        assertEquals(0.5, m.recallAtK(), 1e-12);
        assertEquals((1.0 / 2 + 2.0 / 4) / 2, m.averagePrecision(), 1e-12);
        // Negatives 1, 3, 5. Node 2 beats 5 and ties 3: 1.5/3; node 4 beats 5: 1/3.
        assertEquals((0.5 + 1.0 / 3) / 2, m.auc(), 1e-12);
    }

    @Test
    void precisionDividesByKEvenWhenFewerCandidatesExist() {
        RankingMetrics m = RankingMetrics.of(SCORES, CANDIDATE, new int[] {1}, 10);
        assertEquals(0.1, m.precisionAtK(), 1e-12);
        assertEquals(1.0, m.recallAtK(), 1e-12);
        assertEquals(1.0, m.averagePrecision(), 1e-12);
        assertEquals(1.0, m.auc(), 1e-12);
    }

    @Test
    void withoutNegativesThereIsNoAuc() {
        RankingMetrics m = RankingMetrics.of(new double[] {0, 1, 2}, new boolean[] {false, true, true}, new int[] {1, 2}, 1);
        assertFalse(m.hasAuc());
        assertEquals(1.0, m.precisionAtK(), 1e-12);
        assertEquals(0.5, m.recallAtK(), 1e-12);
    }

    @Test
    void aMemberWithoutFuturePartnersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RankingMetrics.of(SCORES, CANDIDATE, new int[0], 3));
    }
}
