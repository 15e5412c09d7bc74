package org.coopgraph.analytics.graph;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class GroupMixingTest {

    @Test
    void shouldCountEachTieOnceSymmetricallyWithInternalTiesOnTheDiagonal() {
        // X = {a, b, c}, Y = {d, e}, Z = {f}: 3 ties inside X, c-d between X and Y, d-e inside Y, d-f Y-Z.
        var graph = RandomGraphs.of("a-b", "a-c", "b-c", "c-d", "d-e", "d-f");

        long[][] counts = GroupMixing.counts(graph, new int[] {0, 0, 0, 1, 1, 2}, 3);

        assertArrayEquals(new long[] {3, 1, 0}, counts[0]);
        assertArrayEquals(new long[] {1, 1, 1}, counts[1]);
        assertArrayEquals(new long[] {0, 1, 0}, counts[2]);
    }

    @Test
    void shouldRejectGroupsOfTheWrongLength() {
        assertThatThrownBy(() -> GroupMixing.counts(RandomGraphs.of("a-b"), new int[] {0}, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
