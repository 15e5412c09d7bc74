package org.coopgraph.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.junit.jupiter.api.Test;

class BiconnectivityTest {

    // a-b-c triangle, c-d, d-e, d-f: nodes a..f are 0..5.
    private final CollaborationGraph kite = RandomGraphs.of("a-b", "a-c", "b-c", "c-d", "d-e", "d-f");

    @Test
    void shouldFindCutVerticesAndBridgesOfATriangleWithATail() {
        var cuts = Biconnectivity.of(kite);

        assertThat(cuts.articulationPoints()).containsExactly(2, 3);
        assertThat(cuts.bridges()).isDeepEqualTo(new int[][] {{2, 3}, {3, 4}, {3, 5}});
    }

    @Test
    void shouldListWhoLosesEveryPathToTheLargestRemainingPiece() {
        var cuts = Biconnectivity.of(kite);

        // Without c: {a, b} and {d, e, f}; the larger stays. Without d: {a, b, c} stays, e and f are alone.
        assertThat(cuts.cutOff(2)).containsExactly(0, 1);
        assertThat(cuts.cutOff(3)).containsExactly(4, 5);
        assertEquals(2, cuts.cutOffCount(2));
        assertEquals(2, cuts.cutOffCount(3));
        assertThat(cuts.cutOff(0)).isEmpty();
        assertEquals(3, cuts.bridgeCutOffCount(2, 3));
        assertEquals(1, cuts.bridgeCutOffCount(4, 3));
    }

    @Test
    void shouldTreatTheRootOfTheSearchLikeAnyOtherCutVertex() {
        // a is the search root and the centre of a star with one long arm: a-b, a-c, a-d-e.
        var cuts = Biconnectivity.of(RandomGraphs.of("a-b", "a-c", "a-d", "d-e"));

        assertThat(cuts.articulationPoints()).containsExactly(0, 3);
        assertThat(cuts.cutOff(0)).containsExactly(1, 2);
        assertThat(cuts.cutOff(3)).containsExactly(4);
    }

    @Test
    void shouldHaveNoCutsInACycleOrAnEmptyGraph() {
        var cycle = Biconnectivity.of(RandomGraphs.of("a-b", "b-c", "c-d", "d-a"));
        var empty = Biconnectivity.of(CollaborationGraph.fromEdges(List.of(), List.of(), null));
        var single = Biconnectivity.of(CollaborationGraph.fromEdges(List.of("a"), List.of(), null));

        assertThat(cycle.articulationPoints()).isEmpty();
        assertThat(cycle.bridges()).isEmpty();
        assertThat(empty.articulationPoints()).isEmpty();
        assertThat(single.articulationPoints()).isEmpty();
        assertThat(single.cutOff(0)).isEmpty();
    }

    @Test
    void shouldNotOverflowTheStackOnALongPath() {
        int n = 100_000;
        var ids = java.util.stream.IntStream.range(0, n).mapToObj(i -> String.format("m%06d", i)).toList();
        var edges = java.util.stream.IntStream.range(1, n).mapToObj(i -> new String[] {ids.get(i - 1), ids.get(i)}).toList();

        var cuts = Biconnectivity.of(CollaborationGraph.fromEdges(ids, edges, null));

        assertEquals(n - 2, cuts.articulationPoints().length);
        assertEquals(n - 1, cuts.bridges().length);
        assertEquals(1, cuts.cutOffCount(1));
        assertEquals(n / 2 - 1, cuts.cutOffCount(n / 2));
    }

    @Test
    void shouldAgreeWithJGraphTAndBruteForceOnRandomGraphs() {
        var random = new Random(7);
        for (int round = 0; round < 200; round++) {
            var sample = RandomGraphs.gnp(2 + random.nextInt(40), 0.02 + random.nextDouble() * 0.12, random);
            var cuts = Biconnectivity.of(sample.graph());
            var inspector = new BiconnectivityInspector<>(sample.jgrapht());

            Set<String> expectedPoints = inspector.getCutpoints();
            assertEquals(expectedPoints, Arrays.stream(cuts.articulationPoints()).mapToObj(sample.ids()::get).collect(Collectors.toSet()));
            Set<String> expectedBridges = inspector.getBridges().stream()
                    .map(e -> key(sample.jgrapht().getEdgeSource(e), sample.jgrapht().getEdgeTarget(e))).collect(Collectors.toSet());
            assertEquals(expectedBridges, Arrays.stream(cuts.bridges())
                    .map(b -> key(sample.ids().get(b[0]), sample.ids().get(b[1]))).collect(Collectors.toSet()));
            for (int v = 0; v < sample.graph().size(); v++) {
                int[] pieces = piecesWithout(sample.graph(), v);
                int lost = Arrays.stream(pieces).sum() - Arrays.stream(pieces).max().orElse(0);
                assertEquals(lost, cuts.cutOffCount(v), "node " + v + " round " + round);
                assertEquals(lost, cuts.cutOff(v).length);
            }
        }
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** Sizes of the pieces v's component falls into when v is removed (breadth-first search). */
    private static int[] piecesWithout(CollaborationGraph graph, int v) {
        boolean[] seen = new boolean[graph.size()];
        seen[v] = true;
        return Arrays.stream(graph.neighbours(v)).filter(start -> !seen[start]).map(start -> {
            var queue = new ArrayDeque<Integer>(List.of(start));
            seen[start] = true;
            int size = 0;
            while (!queue.isEmpty()) {
                int x = queue.poll();
                size++;
                for (int y : graph.neighbours(x)) {
                    if (!seen[y]) {
                        seen[y] = true;
                        queue.add(y);
                    }
                }
            }
            return size;
        }).toArray();
    }
}
