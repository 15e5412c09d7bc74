package org.coopgraph.analytics.crosssector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.coopgraph.analytics.graph.CollaborationGraph;
import org.coopgraph.analytics.graph.StructureMemo;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Tie;
import org.junit.jupiter.api.Test;

/** Betweenness and communities reused for a snapshot of the same shape, never for another shape. */
class StructureMemoTest {

    /** Keeps results by computation and shape, and counts the computations it had to run. */
    private static final class CountingMemo implements StructureMemo {
        final Map<String, Object> results = new HashMap<>();
        int computed;

        @Override
        @SuppressWarnings("unchecked")
        public <T> T remember(String computation, CollaborationGraph graph, Supplier<T> compute) {
            return (T) results.computeIfAbsent(computation + "|" + graph.structure(), k -> {
                computed++;
                return compute.get();
            });
        }
    }

    @Test
    void shouldGiveTheSameShapeTheSameFingerprintWhateverTheIds() {
        var abc = CollaborationGraph.fromEdges(List.of("a", "b", "c"), List.of(new String[] {"a", "b"}, new String[] {"b", "c"}), null);
        var xyz = CollaborationGraph.fromEdges(List.of("x", "y", "z"), List.of(new String[] {"x", "y"}, new String[] {"y", "z"}), null);
        var heavier = CollaborationGraph.fromEdges(List.of("a", "b", "c"), List.of(new String[] {"a", "b"}, new String[] {"b", "c"}),
                List.of(1.0, 2.0));
        var triangle = CollaborationGraph.fromEdges(List.of("a", "b", "c"),
                List.of(new String[] {"a", "b"}, new String[] {"b", "c"}, new String[] {"a", "c"}), null);
        var fourth = CollaborationGraph.fromEdges(List.of("a", "b", "c", "d"), List.of(new String[] {"a", "b"}, new String[] {"b", "c"}), null);

        assertThat(abc.structure()).isEqualTo(xyz.structure()).hasSize(64);
        assertThat(List.of(heavier.structure(), triangle.structure(), fourth.structure()))
                .doesNotContain(abc.structure()).doesNotHaveDuplicates();
    }

    @Test
    void shouldReuseBetweennessAndCommunitiesAfterARenameButNotAfterANewTie() {
        NetworkSnapshot region = RandomRegions.region(30, 0.15, new Random(7));
        var memo = new CountingMemo();
        var options = CrossSectorOptions.defaults();

        var first = CrossSectorAnalysis.analyse(region, SectorLevel.DIVISION, options, memo);
        assertThat(memo.computed).isEqualTo(2);
        assertThat(first).isEqualTo(CrossSectorAnalysis.analyse(region, SectorLevel.DIVISION, options));

        NetworkSnapshot renamed = withName(region, "m003", "Renamed Member");
        var second = CrossSectorAnalysis.analyse(renamed, SectorLevel.DIVISION, options, memo);
        assertThat(memo.computed).isEqualTo(2);
        assertThat(second).isEqualTo(CrossSectorAnalysis.analyse(renamed, SectorLevel.DIVISION, options));

        var ties = new ArrayList<>(region.ties());
        ties.add(new Tie("m000", "m029", null, null, null, 5.0));
        NetworkSnapshot tied = RandomRegions.snapshot(region.members(), ties);
        var third = CrossSectorAnalysis.analyse(tied, SectorLevel.DIVISION, options, memo);
        assertThat(memo.computed).isEqualTo(4);
        assertThat(third).isEqualTo(CrossSectorAnalysis.analyse(tied, SectorLevel.DIVISION, options));
    }

    private static NetworkSnapshot withName(NetworkSnapshot snapshot, String id, String name) {
        List<Member> members = snapshot.members().stream().map(m -> !m.id().equals(id) ? m
                : new Member(m.id(), name, m.kind(), m.helix(), m.municipality(), m.sizeClass(), m.website(), m.publicProfile(),
                        m.joined(), m.left(), m.sectors(), m.skills(), m.teaches(), m.suppliesTo(), m.stakes())).toList();
        return RandomRegions.snapshot(members, snapshot.ties());
    }
}
