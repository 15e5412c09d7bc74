package org.coopgraph.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LeidenCommunitiesTest {

    private final LeidenCommunities leiden = new LeidenCommunities(1.0, LeidenCommunities.DEFAULT_ITERATIONS, 42);

    @Test
    void shouldSplitTwoWeightedTrianglesJoinedByAWeakTie() {
        // Triangles of weights 4, 5, 6 joined by 0.5: W = 30.5, each side holds 15 inside and 30.5
        // strength, so Q = 2 * (15 / 30.5 - (30.5 / 61)^2) = 59/122 (shared/NEO4J-NOTES.md).
        var graph = CollaborationGraph.fromEdges(List.of("a", "b", "c", "x", "y", "z"),
                List.of(pair("a", "b"), pair("b", "c"), pair("a", "c"), pair("x", "y"), pair("y", "z"), pair("x", "z"), pair("c", "x")),
                List.of(4.0, 5.0, 6.0, 4.0, 5.0, 6.0, 0.5));

        var partition = leiden.detect(graph);

        assertEquals(59.0 / 122, partition.modularity(), 1e-9);
        assertEquals(2, partition.count());
        assertThat(java.util.Arrays.stream(partition.members()).map(java.util.Arrays::toString))
                .containsExactlyInAnyOrder("[0, 1, 2]", "[3, 4, 5]");
    }

    @Test
    void shouldPutEachMemberAloneWhenThereAreNoTies() {
        var partition = leiden.detect(CollaborationGraph.fromEdges(List.of("a", "b"), List.of(), null));

        assertEquals(2, partition.count());
        assertEquals(0.0, partition.modularity(), 0.0);
        assertEquals(0, leiden.detect(CollaborationGraph.fromEdges(List.of(), List.of(), null)).count());
    }

    @Test
    void shouldRepeatItselfAndOrderCommunitiesLargestFirst() {
        var graph = RandomGraphs.gnp(200, 0.03, new Random(23)).graph();

        var first = leiden.detect(graph);
        var again = new LeidenCommunities(1.0, LeidenCommunities.DEFAULT_ITERATIONS, 42).detect(graph);

        assertThat(again.labels()).isEqualTo(first.labels());
        assertEquals(first.modularity(), again.modularity(), 0.0);
        int[][] members = first.members();
        for (int c = 1; c < members.length; c++) {
            assertThat(members[c].length).isLessThanOrEqualTo(members[c - 1].length);
        }
        assertEquals(modularity(graph, first.labels()), first.modularity(), 1e-9);
    }

    @Test
    void shouldRejectBadSettings() {
        assertThatThrownBy(() -> new LeidenCommunities(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeidenCommunities(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String[] pair(String a, String b) {
        return new String[] {a, b};
    }

    /** Newman's weighted modularity written out: sum over communities of in/W - (tot/2W)^2. */
    static double modularity(CollaborationGraph g, int[] labels) {
        int k = java.util.Arrays.stream(labels).max().orElse(-1) + 1;
        double[] inside = new double[k];
        double[] total = new double[k];
        double w = 0;
        for (int a = 0; a < g.size(); a++) {
            total[labels[a]] += g.strength(a);
            for (int p = g.neighbourStart(a); p < g.neighbourEnd(a); p++) {
                if (a < g.target(p)) {
                    w += g.weightAt(p);
                    inside[labels[a]] += labels[a] == labels[g.target(p)] ? g.weightAt(p) : 0;
                }
            }
        }
        double q = 0;
        for (int c = 0; c < k; c++) {
            q += inside[c] / w - Math.pow(total[c] / (2 * w), 2);
        }
        return q;
    }
}
