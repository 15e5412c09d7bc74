package org.coopgraph.analytics.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class HopDistancesTest {

    // a - b - c - d - e, and f alone
    private static final CollaborationGraph PATH = CollaborationGraph.fromEdges(List.of("a", "b", "c", "d", "e", "f"),
            List.of(new String[] {"a", "b"}, new String[] {"b", "c"}, new String[] {"c", "d"}, new String[] {"d", "e"}), null);

    @Test
    void shouldCountHopsUpToTheLimitAndMarkTheRestBeyond() {
        assertThat(HopDistances.from(PATH, new int[] {0}, 2)).containsExactly(0, 1, 2, -1, -1, -1);
        assertThat(HopDistances.from(PATH, new int[] {0}, 10)).containsExactly(0, 1, 2, 3, 4, -1);
    }

    @Test
    void shouldMeasureFromTheNearestOfSeveralSources() {
        assertThat(HopDistances.from(PATH, new int[] {4, 0, 0}, 1)).containsExactly(0, 1, -1, 1, 0, -1);
    }

    @Test
    void shouldReachOnlyTheSourcesWithZeroHops() {
        assertThat(HopDistances.from(PATH, new int[] {2}, 0)).containsExactly(-1, -1, 0, -1, -1, -1);
        assertThat(HopDistances.from(PATH, new int[0], 3)).containsOnly(-1);
    }

    @Test
    void shouldRejectUnknownNodesAndNegativeLimits() {
        assertThatThrownBy(() -> HopDistances.from(PATH, new int[] {6}, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HopDistances.from(PATH, new int[] {0}, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
