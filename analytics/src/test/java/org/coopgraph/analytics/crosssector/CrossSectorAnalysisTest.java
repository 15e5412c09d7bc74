package org.coopgraph.analytics.crosssector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.analytics.TinyNetworks.network;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.coopgraph.model.Helix;
import org.coopgraph.model.NetworkSnapshot;
import org.junit.jupiter.api.Test;

/**
 * One small region worked by hand. Triangle a-b-c in industry (section C), c-d to education (P),
 * d-e inside education, d-f to finance (K), c-d weighing 2; g has no ties and no sector.
 */
class CrossSectorAnalysisTest {

    private final NetworkSnapshot region = SbiSample.withTaxonomy(network()
            .member("a", Helix.INDUSTRY, "1071").member("b", Helix.INDUSTRY, "25").member("c", Helix.EDUCATION, "C")
            .member("d", Helix.EDUCATION, "85").member("e", Helix.GOVERNMENT, "85").member("f", Helix.FINANCE, "64")
            .member("g", Helix.CIVIL_SOCIETY, null)
            .tie("a", "b").tie("a", "c").tie("b", "c").tie("c", "d", 2.0).tie("d", "e").tie("d", "f").snapshot());

    private final CrossSectorResult result = CrossSectorAnalysis.analyse(region, SectorLevel.SECTION);

    @Test
    void shouldCountTiesBetweenSectionsInASymmetricMatrix() {
        var mixing = result.sectorMixing();

        assertEquals(List.of("C", "K", "P", "UNKNOWN"), mixing.groups());
        assertEquals(List.of(List.of(3L, 0L, 1L, 0L), List.of(0L, 0L, 1L, 0L), List.of(1L, 1L, 1L, 0L), List.of(0L, 0L, 0L, 0L)),
                mixing.ties());
        assertEquals(6, mixing.totalTies());
        assertEquals(0.5, mixing.shares().get(0).get(0), 1e-9);
        assertEquals(1.0 / 6, mixing.shares().get(2).get(1), 1e-9);
    }

    @Test
    void shouldComputeTheEiIndexPerSectorAndForTheRegion() {
        var ei = result.sectorEi();

        // C: 3 inside, 1 out -> -1/2. K: 0 inside, 1 out -> 1. P: 1 inside, 2 out -> 1/3. Region: 4 in, 2 across.
        assertEquals(-0.5, ei.groups().get(0).ei(), 1e-9);
        assertEquals(1.0, ei.groups().get(1).ei(), 1e-9);
        assertEquals(1.0 / 3, ei.groups().get(2).ei(), 1e-9);
        assertNull(ei.groups().get(3).ei());
        assertEquals(1, ei.groups().get(3).members());
        assertEquals(-1.0 / 3, ei.region(), 1e-9);
        assertEquals(4, ei.internalTies());
        assertEquals(2, ei.externalTies());
    }

    @Test
    void shouldComputeHelixMixingAndEiOverAllFiveHelices() {
        // INDUSTRY: a-b in, a-c and b-c out -> 1/3. EDUCATION: c-d in; a-c, b-c, d-e, d-f out -> 3/5.
        var ei = result.helixEi();

        assertEquals(List.of("INDUSTRY", "EDUCATION", "GOVERNMENT", "FINANCE", "CIVIL_SOCIETY"), result.helixMixing().groups());
        assertEquals(2, result.helixMixing().ties("INDUSTRY", "EDUCATION"));
        assertEquals(1.0 / 3, ei.groups().get(0).ei(), 1e-9);
        assertEquals(0.6, ei.groups().get(1).ei(), 1e-9);
        assertEquals(1.0, ei.groups().get(2).ei(), 1e-9);
        assertNull(ei.groups().get(4).ei());
        assertEquals(1.0 / 3, ei.region(), 1e-9);
    }

    @Test
    void shouldListCrossSectorTiesHeaviestFirst() {
        assertThat(result.crossSectorTies()).containsExactly(
                new CrossSectorTie("c", "C", Helix.EDUCATION, "d", "P", Helix.EDUCATION, 2.0),
                new CrossSectorTie("d", "P", Helix.EDUCATION, "f", "K", Helix.FINANCE, 1.0));
        assertThat(result.crossSectorTies().get(1).crossesHelix()).isTrue();
    }

    @Test
    void shouldMapDivisionsAndFinerCodesUpToTheChosenLevel() {
        var divisions = CrossSectorAnalysis.analyse(region, SectorLevel.DIVISION);

        // a's class 1071 rolls up to division 10; c is coded at section level and stays C.
        assertEquals(List.of("10", "25", "64", "85", "C", "UNKNOWN"), divisions.sectorMixing().groups());
        assertEquals("10", divisions.member("a").orElseThrow().sector());
        assertEquals("C", result.member("a").orElseThrow().sector());
        assertEquals(5, divisions.crossSectorTies().size());          // all but d-e (both 85)
    }

    @Test
    void shouldScoreBrokersByHand() {
        var c = result.member("c").orElseThrow();
        var d = result.member("d").orElseThrow();

        // 7 members -> 15 pairs. c is on the 6 paths {a,b} x {d,e,f}; d on {a,b,c} x {e,f} and e-f.
        assertEquals(6, c.betweenness(), 1e-9);
        assertEquals(0.4, c.normalizedBetweenness(), 1e-9);
        assertEquals(7, d.betweenness(), 1e-9);
        assertEquals(List.of("d", "c"), result.topBrokers().stream().map(MemberScore::memberId).toList());
        assertEquals(new BrokerageRoles(0, 2, 2, 0, 0, 2), c.brokerage());
        assertEquals(new BrokerageRoles(0, 2, 2, 0, 1, 3), d.brokerage());
        // d: contacts c (2), e (1), f (1) untied to each other -> (1/2)^2 + 2 * (1/4)^2 = 3/8.
        assertEquals(0.375, d.constraint(), 1e-9);
        assertNull(result.member("g").orElseThrow().constraint());
        assertEquals(1.0, result.member("e").orElseThrow().constraint(), 1e-9);
    }

    @Test
    void shouldSayWhoLosesEveryPathWhenAnArticulationPointLeaves() {
        var connectivity = result.connectivity();

        assertEquals(2, connectivity.components());
        assertEquals(6, connectivity.largestComponent());
        assertEquals(1, connectivity.isolatedMembers());
        assertThat(connectivity.articulationPoints()).containsExactly(
                new ArticulationPoint("c", "C", Helix.EDUCATION, 2, List.of("a", "b"), true),
                new ArticulationPoint("d", "P", Helix.EDUCATION, 2, List.of("e", "f"), true));
        assertThat(connectivity.bridges()).containsExactly(
                new Bridge("c", "d", 2.0, 3), new Bridge("d", "e", 1.0, 1), new Bridge("d", "f", 1.0, 1));
    }

    @Test
    void shouldFindCommunitiesWithTheirSectorAndHelixMakeUp() {
        var communities = result.communities();

        // {a,b,c} holds 3 of W = 7 with strength 8, {d,e,f} 2 with strength 6: Q = 5/7 - 100/196 = 10/49.
        assertEquals(10.0 / 49, communities.modularity(), 1e-9);
        assertThat(communities.communities()).hasSize(3);
        assertThat(communities.communities().stream().map(Community::members))
                .containsExactlyInAnyOrder(List.of("a", "b", "c"), List.of("d", "e", "f"), List.of("g"));
        var industry = communities.communities().stream().filter(k -> k.members().contains("a")).findFirst().orElseThrow();
        assertEquals(List.of(new LabelCount("C", 3)), industry.sectors());
        assertEquals(List.of(new LabelCount("INDUSTRY", 2), new LabelCount("EDUCATION", 1)), industry.helices());
        assertEquals(industry.index(), result.member("b").orElseThrow().community());
        assertEquals(2, communities.communities().get(2).index());
        assertEquals(List.of("g"), communities.communities().get(2).members());
    }

    @Test
    void shouldCapTheListOfCutOffMembersButKeepTheCount() {
        var options = new CrossSectorOptions(20, 12_000, 1_000, 1L, 1.0, 10, 1, 1);
        var capped = CrossSectorAnalysis.analyse(region, SectorLevel.SECTION, options);

        var c = capped.connectivity().articulationPoints().get(0);
        assertEquals(2, c.cutOffCount());
        assertEquals(List.of("a"), c.cutOffMembers());
        assertThat(c.listComplete()).isFalse();
    }
}
