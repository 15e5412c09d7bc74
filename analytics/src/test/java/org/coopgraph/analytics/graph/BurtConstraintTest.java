package org.coopgraph.analytics.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BurtConstraintTest {

    @Test
    void shouldScoreATriangleWithATailByHand() {
        // a: p_ab = p_ac = 1/2; (1/2 + p_ac p_cb = 1/6)^2 + (1/2 + p_ab p_bc = 1/4)^2 = 4/9 + 9/16 = 145/144.
        // c: (1/3 + 1/6)^2 twice + (1/3)^2 = 11/18. d: three unconnected contacts, 3 * 1/9. e, f: 1.
        var graph = RandomGraphs.of("a-b", "a-c", "b-c", "c-d", "d-e", "d-f");

        double[] scores = new BurtConstraint().scores(graph);

        assertArrayEquals(new double[] {145.0 / 144, 145.0 / 144, 11.0 / 18, 1.0 / 3, 1, 1}, scores, 1e-9);
    }

    @Test
    void shouldWeighContactsByTieStrength() {
        // x-y weight 2, x-z 1, y-z 1. s_x = s_y = 3, s_z = 2.
        // x: (2/3 + 1/3*1/2)^2 + (1/3 + 2/3*1/3)^2 = 25/36 + 25/81 = 325/324.
        // z: (1/2 + 1/2*2/3)^2 twice = 25/18.
        var graph = CollaborationGraph.fromEdges(List.of("x", "y", "z"),
                List.of(new String[] {"x", "y"}, new String[] {"x", "z"}, new String[] {"y", "z"}), List.of(2.0, 1.0, 1.0));

        double[] scores = new BurtConstraint().scores(graph);

        assertArrayEquals(new double[] {325.0 / 324, 325.0 / 324, 25.0 / 18}, scores, 1e-9);
    }

    @Test
    void shouldLeaveAMemberWithoutTiesUndefined() {
        double[] scores = new BurtConstraint().scores(CollaborationGraph.fromEdges(List.of("a", "b", "c"),
                List.<String[]>of(new String[] {"a", "b"}), null));

        assertArrayEquals(new double[] {1, 1}, new double[] {scores[0], scores[1]}, 1e-9);
        assertTrue(Double.isNaN(scores[2]));
    }

    @Test
    void shouldMatchTheDefinitionOnRandomWeightedGraphs() {
        var random = new Random(13);
        for (int round = 0; round < 50; round++) {
            var graph = RandomGraphs.gnp(2 + random.nextInt(30), random.nextDouble() * 0.3, random).graph();
            double[] fast = new BurtConstraint().scores(graph);
            for (int i = 0; i < graph.size(); i++) {
                assertEquals(definition(graph, i), fast[i], 1e-12, "round " + round + " node " + i);
            }
        }
    }

    /** Burt's formula written out literally over all node triples. */
    private static double definition(CollaborationGraph g, int i) {
        if (g.degree(i) == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int j : g.neighbours(i)) {
            double local = g.weight(i, j) / g.strength(i);
            for (int q = 0; q < g.size(); q++) {
                if (q != i && q != j && g.weight(i, q) > 0 && g.weight(q, j) > 0) {
                    local += g.weight(i, q) / g.strength(i) * g.weight(q, j) / g.strength(q);
                }
            }
            sum += local * local;
        }
        return sum;
    }
}
