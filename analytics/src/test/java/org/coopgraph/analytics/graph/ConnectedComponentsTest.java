package org.coopgraph.analytics.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {

    @Test
    void shouldNumberComponentsByTheirSmallestNode() {
        var graph = CollaborationGraph.fromEdges(List.of("a", "b", "c", "d", "e"),
                List.of(new String[] {"d", "b"}, new String[] {"c", "e"}), null);

        var components = ConnectedComponents.of(graph);

        assertEquals(3, components.count());
        assertEquals(List.of(0, 1, 2, 1, 2), java.util.Arrays.stream(new int[] {0, 1, 2, 3, 4}).map(components::label).boxed().toList());
        assertEquals(2, components.largestSize());
        assertEquals(1, components.singletonCount());
    }

    @Test
    void shouldBeEmptyForAnEmptyGraph() {
        var components = ConnectedComponents.of(CollaborationGraph.fromEdges(List.of(), List.of(), null));

        assertEquals(0, components.count());
        assertEquals(0, components.largestSize());
    }

    @Test
    void shouldMatchJGraphTOnRandomGraphs() {
        var random = new Random(19);
        for (int round = 0; round < 100; round++) {
            var sample = RandomGraphs.gnp(1 + random.nextInt(50), random.nextDouble() * 0.1, random);
            var ours = ConnectedComponents.of(sample.graph());
            var theirs = new ConnectivityInspector<>(sample.jgrapht()).connectedSets();

            assertEquals(theirs.size(), ours.count());
            for (var set : theirs) {
                var labels = set.stream().map(id -> ours.label(sample.graph().index(id))).collect(Collectors.toSet());
                assertEquals(1, labels.size());
                assertEquals(set.size(), ours.size(labels.iterator().next()));
            }
        }
    }
}
