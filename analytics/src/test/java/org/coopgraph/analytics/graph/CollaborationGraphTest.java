package org.coopgraph.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.analytics.TinyNetworks.network;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coopgraph.model.Helix;
import org.junit.jupiter.api.Test;

class CollaborationGraphTest {

    @Test
    void shouldSumTieWeightsAndSharedProjectsIntoOneUndirectedEdge() {
        var graph = CollaborationGraph.of(network()
                .member("a", Helix.INDUSTRY, "C").member("b", Helix.INDUSTRY, "C").member("c", Helix.EDUCATION, "P")
                .tie("a", "b", 2.0).tie("b", "a", 0.5).project("p1", 2020, "a", "b", "c").snapshot());

        assertEquals(3, graph.size());
        assertEquals(3, graph.edgeCount());
        // a-b: tie 2.0 + tie 0.5 + shared project 1 = 3.5; a-c and b-c: shared project only.
        assertEquals(3.5, graph.weight(graph.index("a"), graph.index("b")), 1e-12);
        assertEquals(1.0, graph.weight(graph.index("c"), graph.index("a")), 1e-12);
        assertEquals(4.5, graph.strength(graph.index("a")), 1e-12);
        assertThat(graph.neighbours(graph.index("b"))).containsExactly(0, 2);
    }

    @Test
    void shouldNumberMembersInIdOrderAndKeepIsolatedOnes() {
        var graph = CollaborationGraph.of(network()
                .member("z", Helix.INDUSTRY, null).member("m", Helix.FINANCE, null).member("a", Helix.INDUSTRY, null)
                .tie("z", "a").snapshot());

        assertThat(graph.id(0)).isEqualTo("a");
        assertThat(graph.id(2)).isEqualTo("z");
        assertEquals(0, graph.degree(graph.index("m")));
        assertEquals(-1, graph.index("unknown"));
        assertEquals(0.0, graph.weight(0, 1), 0.0);
    }

    @Test
    void shouldBeEmptyForAnEmptyRegion() {
        var graph = CollaborationGraph.of(network().snapshot());

        assertEquals(0, graph.size());
        assertEquals(0, graph.edgeCount());
    }

    @Test
    void shouldLeaveOutMembersWhoHaveLeft() {
        var left = new org.coopgraph.model.Member("gone", "Gone", org.coopgraph.model.MemberKind.COMPANY, Helix.INDUSTRY,
                null, null, null, true, 2015, 2020, null, null, null, null, null);
        var graph = CollaborationGraph.of(network().member("a", Helix.INDUSTRY, null).member(left).tie("a", "gone").snapshot());

        assertEquals(1, graph.size());
        assertEquals(0, graph.edgeCount());
    }

    @Test
    void shouldSortRowsWhenEdgesArriveInAnyOrder() {
        var graph = CollaborationGraph.fromEdges(java.util.List.of("a", "b", "c", "d"),
                java.util.List.of(new String[] {"d", "a"}, new String[] {"c", "a"}, new String[] {"b", "a"}, new String[] {"d", "b"}), null);

        assertThat(graph.neighbours(0)).containsExactly(1, 2, 3);
        assertThat(graph.neighbours(3)).containsExactly(0, 1);
    }
}
