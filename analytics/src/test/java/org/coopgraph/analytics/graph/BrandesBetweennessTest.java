package org.coopgraph.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.api.Test;

class BrandesBetweennessTest {

    @Test
    void shouldCountEachPairOnceOnATriangleWithATail() {
        // a-b-c triangle, c-d, d-e, d-f. c lies on the 6 paths from {a, b} to {d, e, f};
        // d on the 6 from {a, b, c} to {e, f} and on e-f.
        var graph = RandomGraphs.of("a-b", "a-c", "b-c", "c-d", "d-e", "d-f");

        double[] scores = BrandesBetweenness.exact(1).scores(graph);

        assertArrayEquals(new double[] {0, 0, 6, 7, 0, 0}, scores, 1e-9);
    }

    @Test
    void shouldSplitCreditBetweenEqualShortestPaths() {
        // Square a-b-c-d-a: a to c goes via b or d, so each gets 1/2 from that pair.
        double[] scores = BrandesBetweenness.exact(1).scores(RandomGraphs.of("a-b", "b-c", "c-d", "d-a"));

        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5}, scores, 1e-9);
    }

    @Test
    void shouldIgnoreWeightsAndScoreDisconnectedPartsSeparately() {
        var weighted = CollaborationGraph.fromEdges(List.of("a", "b", "c", "x", "y", "z"),
                List.of(new String[] {"a", "b"}, new String[] {"b", "c"}, new String[] {"x", "y"}, new String[] {"y", "z"}),
                List.of(5.0, 0.1, 1.0, 1.0));

        assertArrayEquals(new double[] {0, 1, 0, 0, 1, 0}, BrandesBetweenness.exact(2).scores(weighted), 1e-9);
    }

    @Test
    void shouldScoreEmptyAndSingleNodeGraphs() {
        assertThat(BrandesBetweenness.exact(2).scores(CollaborationGraph.fromEdges(List.of(), List.of(), null))).isEmpty();
        assertArrayEquals(new double[] {0}, BrandesBetweenness.exact(2).scores(CollaborationGraph.fromEdges(List.of("a"), List.of(), null)));
    }

    @Test
    void shouldMatchJGraphTOnRandomGraphs() {
        var random = new Random(11);
        for (int round = 0; round < 60; round++) {
            var sample = RandomGraphs.gnp(1 + random.nextInt(60), random.nextDouble() * 0.2, random);
            double[] ours = BrandesBetweenness.exact(2).scores(sample.graph());
            var theirs = new BetweennessCentrality<>(sample.jgrapht()).getScores();
            for (int v = 0; v < ours.length; v++) {
                assertEquals(theirs.get(sample.ids().get(v)), ours[v], 1e-9 * Math.max(1, ours[v]), "round " + round);
            }
        }
    }

    @Test
    void shouldGiveTheSameBitsWhateverTheThreadCount() {
        var sample = RandomGraphs.gnp(300, 0.02, new Random(3));

        assertArrayEquals(BrandesBetweenness.exact(1).scores(sample.graph()), BrandesBetweenness.exact(4).scores(sample.graph()), 0.0);
        assertArrayEquals(BrandesBetweenness.sampled(50, 9, 1).scores(sample.graph()),
                BrandesBetweenness.sampled(50, 9, 2).scores(sample.graph()), 0.0);
    }

    @Test
    void shouldBeExactWhenPivotsCoverEveryNodeAndScaleASample() {
        var sample = RandomGraphs.gnp(120, 0.05, new Random(5));
        double[] exact = BrandesBetweenness.exact(2).scores(sample.graph());

        assertArrayEquals(exact, BrandesBetweenness.sampled(120, 1, 2).scores(sample.graph()), 1e-9);
        var sampled = BrandesBetweenness.sampled(60, 1, 2);
        assertThat(sampled.sources(120)).hasSize(60).isSorted().doesNotHaveDuplicates();
        double exactTotal = java.util.Arrays.stream(exact).sum();
        double sampledTotal = java.util.Arrays.stream(sampled.scores(sample.graph())).sum();
        assertEquals(exactTotal, sampledTotal, 0.25 * exactTotal);   // unbiased estimate, loose bound
    }

    @Test
    void shouldRejectBadSettings() {
        assertThatThrownBy(() -> BrandesBetweenness.exact(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BrandesBetweenness.sampled(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
