package org.coopgraph.analytics.graph;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GouldFernandezBrokerageTest {

    private static final int X = 0;
    private static final int Y = 1;
    private static final int Z = 2;

    @Test
    void shouldClassifyEveryOpenPairAroundAStarByHand() {
        // Centre s (X) with leaves p, q, v (X), r, t (Y), u (Z); p-q are tied, so that pair is closed.
        // 15 pairs: X-X {p,q}(closed), {p,v}, {q,v} -> 2 coordinator; X with non-X 3*3 -> 9 gatekeeper
        // or representative; {r,t} -> 1 itinerant; {r,u}, {t,u} -> 2 liaison.
        var graph = RandomGraphs.of("s-p", "s-q", "s-v", "s-r", "s-t", "s-u", "p-q");
        int[] groups = new int[graph.size()];                   // ids sort p, q, r, s, t, u, v
        groups[graph.index("p")] = X;
        groups[graph.index("q")] = X;
        groups[graph.index("v")] = X;
        groups[graph.index("s")] = X;
        groups[graph.index("r")] = Y;
        groups[graph.index("t")] = Y;
        groups[graph.index("u")] = Z;

        var counts = new GouldFernandezBrokerage(groups).count(graph);

        int s = graph.index("s");
        assertEquals(2, counts.coordinator(s));
        assertEquals(9, counts.gatekeeperOrRepresentative(s));
        assertEquals(1, counts.itinerant(s));
        assertEquals(2, counts.liaison(s));
        assertEquals(14, counts.triads(s));
        assertEquals(0, counts.triads(graph.index("p")));          // its two contacts s and q are tied
        assertEquals(0, counts.triads(graph.index("u")));
    }

    @Test
    void shouldCountOnlyOpenTriadsOnATriangleWithATail() {
        // a, b, c in X; d, e in Y; f in Z. c brokers a-d and b-d (one side shares c's group);
        // d brokers c-e and e-f (e shares d's group) and c-f (three groups: liaison).
        var graph = RandomGraphs.of("a-b", "a-c", "b-c", "c-d", "d-e", "d-f");
        var counts = new GouldFernandezBrokerage(new int[] {X, X, X, Y, Y, Z}).count(graph);

        assertEquals(2, counts.gatekeeperOrRepresentative(2));
        assertEquals(2, counts.triads(2));
        assertEquals(2, counts.gatekeeperOrRepresentative(3));
        assertEquals(1, counts.liaison(3));
        assertEquals(3, counts.triads(3));
        assertEquals(0, counts.triads(0));
    }

    @Test
    void shouldMatchAPairByPairCountOnRandomGraphs() {
        var random = new Random(17);
        for (int round = 0; round < 100; round++) {
            var graph = RandomGraphs.gnp(1 + random.nextInt(40), random.nextDouble() * 0.3, random).graph();
            int[] groups = random.ints(graph.size(), 0, 1 + random.nextInt(4)).toArray();
            var counts = new GouldFernandezBrokerage(groups).count(graph);
            for (int b = 0; b < graph.size(); b++) {
                long[] expected = bruteForce(graph, groups, b);
                assertEquals(expected[0], counts.coordinator(b));
                assertEquals(expected[1], counts.gatekeeperOrRepresentative(b));
                assertEquals(expected[2], counts.itinerant(b));
                assertEquals(expected[3], counts.liaison(b));
            }
        }
    }

    @Test
    void shouldRejectGroupsThatDoNotFitTheGraph() {
        var graph = RandomGraphs.of("a-b");
        assertThatThrownBy(() -> new GouldFernandezBrokerage(new int[] {0}).count(graph)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GouldFernandezBrokerage(new int[] {0, -1})).isInstanceOf(IllegalArgumentException.class);
    }

    private static long[] bruteForce(CollaborationGraph g, int[] groups, int b) {
        long[] roles = new long[4];
        int[] n = g.neighbours(b);
        for (int i = 0; i < n.length; i++) {
            for (int j = i + 1; j < n.length; j++) {
                if (g.weight(n[i], n[j]) > 0) {
                    continue;
                }
                int ga = groups[n[i]];
                int gc = groups[n[j]];
                int gb = groups[b];
                roles[ga == gb && gc == gb ? 0 : ga == gb || gc == gb ? 1 : ga == gc ? 2 : 3]++;
            }
        }
        return roles;
    }
}
