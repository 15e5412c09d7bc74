package org.coopgraph.analytics.crosssector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopgraph.analytics.TinyNetworks.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.coopgraph.model.Helix;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.Taxonomy;
import org.junit.jupiter.api.Test;

class CrossSectorEdgeCasesTest {

    @Test
    void shouldGiveAnEmptyWellFormedResultForAnEmptyRegion() {
        var result = CrossSectorAnalysis.analyse(NetworkSnapshot.empty(new Region("r", "R", "NL"), Taxonomy.EMPTY), SectorLevel.SECTION);

        assertEquals(0, result.memberCount());
        assertEquals(0, result.tieCount());
        assertThat(result.sectorMixing().groups()).isEmpty();
        assertEquals(5, result.helixMixing().groups().size());
        assertNull(result.sectorEi().region());
        assertNull(result.helixEi().region());
        assertThat(result.members()).isEmpty();
        assertThat(result.topBrokers()).isEmpty();
        assertThat(result.crossSectorTies()).isEmpty();
        assertEquals(new Connectivity(0, 0, 0, List.of(), List.of()), result.connectivity());
        assertThat(result.communities().communities()).isEmpty();
        assertEquals(0.0, result.communities().modularity(), 0.0);
    }

    @Test
    void shouldScoreASingleMemberWithoutTies() {
        var result = CrossSectorAnalysis.analyse(network().member("a", Helix.INDUSTRY, "C").snapshot(), SectorLevel.DIVISION);

        var a = result.members().get(0);
        assertEquals(0, a.betweenness(), 0.0);
        assertEquals(0, a.normalizedBetweenness(), 0.0);
        assertNull(a.constraint());
        assertEquals(new BrokerageRoles(0, 0, 0, 0, 0, 0), a.brokerage());
        assertEquals(List.of("C"), result.sectorMixing().groups());        // not in the taxonomy: kept as given
        assertEquals(new GroupEi("C", 1, 0, 0, null), result.sectorEi().groups().get(0));
        assertEquals(1, result.communities().communities().size());
        assertEquals(new Connectivity(1, 1, 1, List.of(), List.of()), result.connectivity());
    }

    @Test
    void shouldHandleADisconnectedRegionWithoutCutPoints() {
        // Two triangles that never meet: nothing to cut, each is a community of its own.
        var result = CrossSectorAnalysis.analyse(network()
                .member("a", Helix.INDUSTRY, "C").member("b", Helix.INDUSTRY, "C").member("c", Helix.INDUSTRY, "C")
                .member("x", Helix.EDUCATION, "P").member("y", Helix.EDUCATION, "P").member("z", Helix.EDUCATION, "P")
                .tie("a", "b").tie("b", "c").tie("a", "c").tie("x", "y").tie("y", "z").tie("x", "z").snapshot(), SectorLevel.SECTION);

        assertEquals(2, result.connectivity().components());
        assertThat(result.connectivity().articulationPoints()).isEmpty();
        assertThat(result.connectivity().bridges()).isEmpty();
        assertThat(result.topBrokers()).isEmpty();
        assertEquals(-1.0, result.sectorEi().region(), 1e-9);
        assertThat(result.crossSectorTies()).isEmpty();
        // Two equal halves with nothing between them: Q = 2 * (3/6 - (6/12)^2) = 1/2.
        assertEquals(0.5, result.communities().modularity(), 1e-9);
        assertThat(result.communities().communities().stream().map(Community::members))
                .containsExactlyInAnyOrder(List.of("a", "b", "c"), List.of("x", "y", "z"));
    }

    @Test
    void shouldCountSharedProjectsAsTies() {
        var result = CrossSectorAnalysis.analyse(network().member("a", Helix.INDUSTRY, "C").member("b", Helix.EDUCATION, "P")
                .project("p", 2022, "a", "b").snapshot(), SectorLevel.SECTION);

        assertEquals(1, result.tieCount());
        assertEquals(1.0, result.sectorEi().region(), 1e-9);
        assertEquals(1.0, result.helixEi().region(), 1e-9);
    }

    @Test
    void shouldRejectMissingArgumentsAndBadOptions() {
        var empty = NetworkSnapshot.empty(new Region("r", "R", "NL"), Taxonomy.EMPTY);
        assertThatThrownBy(() -> CrossSectorAnalysis.analyse(null, SectorLevel.SECTION)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CrossSectorAnalysis.analyse(empty, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new CrossSectorOptions(-1, 1, 1, 1, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrossSectorOptions(1, 1, 1, 1, 0.0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrossSectorOptions(1, 1, 1, 1, 1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
