package org.coopgraph.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import org.coopgraph.fixtures.SyntheticRegion;
import org.junit.jupiter.api.Test;

class SeededLayoutTest {

    @Test
    void theSameGraphAlwaysGetsTheSamePositions() {
        var snapshot = Networks.of(SyntheticRegion.generate(7, 400));
        var sectors = new SectorGroups(snapshot.taxonomy());
        var first = SeededLayout.of(ConsentFolding.fold(MemberNetwork.of(snapshot), NetworkQuery.unfiltered(View.FULL, null), sectors));
        var second = SeededLayout.of(ConsentFolding.fold(MemberNetwork.of(snapshot), NetworkQuery.unfiltered(View.FULL, null), sectors));
        assertThat(first.keySet()).isEqualTo(second.keySet());
        first.forEach((id, at) -> assertThat(second.get(id)).as(id).containsExactly(at));
    }

    @Test
    void nodesDoNotPileUpOnOnePoint() {
        var snapshot = Networks.of(SyntheticRegion.generate(11, 300));
        Map<String, double[]> layout = SeededLayout.of(ConsentFolding.fold(MemberNetwork.of(snapshot),
                NetworkQuery.unfiltered(View.FULL, null), new SectorGroups(snapshot.taxonomy())));
        var distinct = new HashSet<String>();
        layout.values().forEach(at -> distinct.add(Math.round(at[0]) + "," + Math.round(at[1])));
        assertThat(distinct.size()).isGreaterThan(layout.size() * 95 / 100);
        layout.values().forEach(at -> assertThat(Double.isFinite(at[0]) && Double.isFinite(at[1])).isTrue());
    }
}
