package org.coopgraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.coopgraph.analytics.TinyNetworks;
import org.coopgraph.analytics.crosssector.CrossSectorAnalysis;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.model.Helix;
import org.junit.jupiter.api.Test;

class RobustnessAnalysisTest {

    private static final RobustnessOptions ALL = RobustnessOptions.defaults().withStrategies(EnumSet.allOf(RemovalStrategy.class));

    @Test
    void shouldCutAPathOfFourAtItsMiddle() {
        // a-b-c-d. Degree (static and adaptive) and betweenness (b = c = 2) all remove b, c, a, d:
        // largest = 4 | 2 (a, c-d) | 1 | 1 | 0, so R = (2 + 1 + 1 + 0) / 4 / 4 = 0.25; half of 4 is reached at Q = 1.
        var result = RobustnessAnalysis.analyse(Graphs.of("a-b", "b-c", "c-d"), ALL);

        for (RemovalStrategy attack : Set.of(RemovalStrategy.DEGREE_INITIAL, RemovalStrategy.DEGREE_ADAPTIVE,
                RemovalStrategy.BETWEENNESS_INITIAL)) {
            assertEquals(0.25, result.curve(attack).robustnessIndex(), 1e-12, attack.name());
            assertEquals(0.25, result.curve(attack).halvingFraction(), 1e-12, attack.name());
        }
        assertEquals(4, result.betweennessSources());
        assertEquals(3, result.tieCount());
    }

    @Test
    void shouldSampleTheCurveAtTwentyOnePointsRoundingQToTheNearestMember() {
        // N = 4: 10 % -> Q = round(0.4) = 0, 15 % -> round(0.6) = 1, 25 % -> 1, 50 % -> 2, 100 % -> 4.
        var curve = RobustnessAnalysis.analyse(Graphs.of("a-b", "b-c", "c-d"), ALL).curve(RemovalStrategy.DEGREE_ADAPTIVE);

        assertThat(curve.points()).hasSize(21);
        assertEquals(new CurvePoint(0.0, 0, 1.0), curve.points().get(0));
        assertEquals(new CurvePoint(0.0, 0, 1.0), curve.points().get(2));
        assertEquals(new CurvePoint(0.25, 1, 0.5), curve.points().get(3));
        assertEquals(new CurvePoint(0.25, 1, 0.5), curve.points().get(5));
        assertEquals(new CurvePoint(0.5, 2, 0.25), curve.points().get(10));
        assertEquals(new CurvePoint(1.0, 4, 0.0), curve.points().get(20));
    }

    @Test
    void shouldShatterAStarByRemovingItsHub() {
        // hub h with leaves p, q, r, s (N = 5): h goes first, then only singletons remain:
        // largest = 5 | 1 | 1 | 1 | 1 | 0, R = 4 / 25 = 0.16, halved at Q = 1 (0.2).
        var result = RobustnessAnalysis.analyse(Graphs.of("h-p", "h-q", "h-r", "h-s"), ALL);

        assertEquals(0.16, result.curve(RemovalStrategy.DEGREE_ADAPTIVE).robustnessIndex(), 1e-12);
        assertEquals(0.16, result.curve(RemovalStrategy.BETWEENNESS_INITIAL).robustnessIndex(), 1e-12);
        assertEquals(0.2, result.curve(RemovalStrategy.DEGREE_ADAPTIVE).halvingFraction(), 1e-12);
    }

    @Test
    void shouldApproachTheExpectedRandomCurveOfAStar() {
        // A random prefix of Q is a uniform Q-subset; the hub is in it with probability Q/5, so
        // E[largest] = (1 - Q/5)(5 - Q) + Q/5: 3.4, 2.2, 1.4, 1.0, 0 for Q = 1..5; R = 8 / 25 = 0.32.
        var options = ALL.withStrategies(EnumSet.of(RemovalStrategy.RANDOM)).withRandomOrders(20_000);
        var curve = RobustnessAnalysis.analyse(Graphs.of("h-p", "h-q", "h-r", "h-s"), options).curve(RemovalStrategy.RANDOM);

        assertEquals(0.32, curve.robustnessIndex(), 0.003);
        assertEquals(20_000, curve.orders());
    }

    @Test
    void shouldTellAdaptiveFromStaticDegreeAttack() {
        // A: h-a h-b h-c h-x x-a x-b; B: y-p y-q y-r (N = 9). Static: h(4), x(3), y(3), ... -> largest
        // after Q = 1..9: 4 4 1 1 1 1 1 1 0, R = 14/81. Adaptive: after h, x has degree 2 and y still 3,
        // so h, y, x, ... -> 4 3 1 1 1 1 1 1 0, R = 13/81.
        var result = RobustnessAnalysis.analyse(Graphs.of("h-a", "h-b", "h-c", "h-x", "x-a", "x-b", "y-p", "y-q", "y-r"), ALL);

        assertEquals(14.0 / 81, result.curve(RemovalStrategy.DEGREE_INITIAL).robustnessIndex(), 1e-12);
        assertEquals(13.0 / 81, result.curve(RemovalStrategy.DEGREE_ADAPTIVE).robustnessIndex(), 1e-12);
    }

    @Test
    void shouldCutATriangleWithPendantAtTheSharedMember() {
        // a-b-c triangle, d hangs on c. Adaptive: c (3) -> {a,b},{d}: 2; then a (1, before b) -> 1; b -> 1; d -> 0.
        // R = (2 + 1 + 1 + 0) / 16 = 0.25. Random removals of a triangle alone: every order gives 2, 1, 0 -> R = 1/3.
        var pendant = RobustnessAnalysis.analyse(Graphs.of("a-b", "b-c", "a-c", "c-d"), ALL);
        var triangle = RobustnessAnalysis.analyse(Graphs.of("a-b", "b-c", "a-c"), ALL);

        assertEquals(0.25, pendant.curve(RemovalStrategy.DEGREE_ADAPTIVE).robustnessIndex(), 1e-12);
        assertArrayEquals(new int[] {2, 0, 1, 3}, RemovalOrders.degreeAdaptive(Graphs.of("a-b", "b-c", "a-c", "c-d")));
        assertEquals(1.0 / 3, triangle.curve(RemovalStrategy.RANDOM).robustnessIndex(), 1e-12);
    }

    @Test
    void shouldOrderTheBetweennessAttackByScoresTheCallerSupplies() {
        // path a-b-c-d with d given the top score: d, then a, b, c by id -> largest 3 2 1 0, R = 6/16.
        var graph = Graphs.of("a-b", "b-c", "c-d");
        var result = RobustnessAnalysis.analyse(graph, ALL, new double[] {0, 0, 0, 5});

        assertEquals(0.375, result.curve(RemovalStrategy.BETWEENNESS_INITIAL).robustnessIndex(), 1e-12);
        assertEquals(0, result.betweennessSources());
    }

    @Test
    void shouldTakeBetweennessFromACrossSectorResult() {
        var snapshot = TinyNetworks.network().member("a", Helix.INDUSTRY, "C").member("b", Helix.INDUSTRY, "C")
                .member("c", Helix.INDUSTRY, "C").member("d", Helix.INDUSTRY, "C")
                .tie("a", "b").tie("b", "c").tie("c", "d").snapshot();
        var graph = CollaborationGraph.of(snapshot);
        var members = CrossSectorAnalysis.analyse(snapshot, SectorLevel.SECTION).members();

        assertArrayEquals(new double[] {0, 2, 2, 0}, RobustnessAnalysis.betweennessOf(graph, members), 1e-12);
    }

    @Test
    void shouldHandleEmptySingleAndTieLessNetworks() {
        var empty = RobustnessAnalysis.analyse(Graphs.of(), ALL);
        var single = RobustnessAnalysis.analyse(Graphs.of("a"), ALL);
        var lonely = RobustnessAnalysis.analyse(Graphs.of("a", "b", "c"), ALL);

        assertEquals(0.0, empty.curve(RemovalStrategy.RANDOM).robustnessIndex());
        assertEquals(new CurvePoint(0.5, 0, 0.0), empty.curve(RemovalStrategy.RANDOM).points().get(10));
        assertEquals(0.0, single.curve(RemovalStrategy.DEGREE_ADAPTIVE).robustnessIndex());
        assertEquals(2.0 / 9, lonely.curve(RemovalStrategy.RANDOM).robustnessIndex(), 1e-12);   // (1/3)(1/3 + 1/3 + 0)
    }

    @Test
    void shouldBeReproducibleForASeedAndListOnlyTheRequestedCurves() {
        var graph = Graphs.gnp(60, 0.05, new java.util.Random(3));
        var options = RobustnessOptions.defaults();

        assertEquals(RobustnessAnalysis.analyse(graph, options), RobustnessAnalysis.analyse(graph, options));
        assertThat(RobustnessAnalysis.analyse(graph, options).curves()).extracting(RobustnessCurve::strategy)
                .containsExactly(RemovalStrategy.RANDOM, RemovalStrategy.DEGREE_ADAPTIVE, RemovalStrategy.BETWEENNESS_INITIAL);
        assertThatThrownBy(() -> RobustnessAnalysis.analyse(graph, options).curve(RemovalStrategy.DEGREE_INITIAL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RobustnessAnalysis.analyse(graph, options, new double[3]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 scores for 60 nodes");
    }
}
