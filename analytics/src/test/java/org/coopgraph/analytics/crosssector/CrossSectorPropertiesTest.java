package org.coopgraph.analytics.crosssector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.coopgraph.model.Helix;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random regions (plain loops, fixed seeds). Leiden communities are left out
 * of the renaming property on purpose: node order feeds its random moves, so another numbering may
 * find another, equally valid partition.
 */
class CrossSectorPropertiesTest {

    private static final CrossSectorOptions OPTIONS = CrossSectorOptions.defaults();

    @Test
    void eiIndexShouldAlwaysLieBetweenMinusOneAndOne() {
        var random = new Random(101);
        for (int round = 0; round < 150; round++) {
            var result = CrossSectorAnalysis.analyse(RandomRegions.region(random.nextInt(40), random.nextDouble() * 0.3, random),
                    random.nextBoolean() ? SectorLevel.SECTION : SectorLevel.DIVISION, OPTIONS);
            for (EiIndex ei : new EiIndex[] {result.sectorEi(), result.helixEi()}) {
                assertThat(ei.groups().stream().map(GroupEi::ei).filter(java.util.Objects::nonNull))
                        .allSatisfy(x -> assertThat(x).isBetween(-1.0, 1.0));
                if (ei.region() != null) {
                    assertThat(ei.region()).isBetween(-1.0, 1.0);
                }
                assertEquals(result.tieCount(), ei.internalTies() + ei.externalTies());
            }
        }
    }

    @Test
    void renamingMembersShouldPermuteResultsAndChangeNoValue() {
        var random = new Random(202);
        for (int round = 0; round < 60; round++) {
            var region = RandomRegions.region(2 + random.nextInt(40), random.nextDouble() * 0.2, random);
            UnaryOperator<String> rename = RandomRegions.renaming(region, random);
            var before = CrossSectorAnalysis.analyse(region, SectorLevel.SECTION, OPTIONS);
            var after = CrossSectorAnalysis.analyse(RandomRegions.renamed(region, rename), SectorLevel.SECTION, OPTIONS);

            var renamedScores = byId(after);
            for (MemberScore score : before.members()) {
                assertSameScores(score, renamedScores.get(rename.apply(score.memberId())));
            }
            assertEquals(before.sectorMixing(), after.sectorMixing());
            assertEquals(before.helixEi(), after.helixEi());
            assertEquals(before.sectorEi(), after.sectorEi());
            assertEquals(before.crossSectorTies().stream().map(t -> pair(rename.apply(t.memberA()), rename.apply(t.memberB())) + t.weight())
                    .collect(Collectors.toSet()), after.crossSectorTies().stream().map(t -> pair(t.memberA(), t.memberB()) + t.weight())
                    .collect(Collectors.toSet()));
            assertEquals(before.connectivity().articulationPoints().stream()
                            .collect(Collectors.toMap(p -> rename.apply(p.memberId()), ArticulationPoint::cutOffCount)),
                    after.connectivity().articulationPoints().stream()
                            .collect(Collectors.toMap(ArticulationPoint::memberId, ArticulationPoint::cutOffCount)));
            assertEquals(before.connectivity().bridges().stream()
                            .map(b -> pair(rename.apply(b.memberA()), rename.apply(b.memberB())) + b.cutOffCount()).collect(Collectors.toSet()),
                    after.connectivity().bridges().stream().map(b -> pair(b.memberA(), b.memberB()) + b.cutOffCount()).collect(Collectors.toSet()));
            assertEquals(before.connectivity().components(), after.connectivity().components());
        }
    }

    @Test
    void addingAnIsolatedMemberShouldChangeNoOtherMembersScores() {
        var random = new Random(303);
        for (int round = 0; round < 60; round++) {
            var region = RandomRegions.region(1 + random.nextInt(40), random.nextDouble() * 0.2, random);
            // "m0105" sorts between existing ids, so every later member's node number shifts by one.
            var grown = RandomRegions.withMember(region, RandomRegions.member("m0105", Helix.FINANCE, "64"));
            var before = CrossSectorAnalysis.analyse(region, SectorLevel.DIVISION, OPTIONS);
            var after = CrossSectorAnalysis.analyse(grown, SectorLevel.DIVISION, OPTIONS);

            var grownScores = byId(after);
            for (MemberScore score : before.members()) {
                assertSameScores(score, grownScores.get(score.memberId()));
            }
            var newcomer = grownScores.get("m0105");
            assertEquals(0, newcomer.betweenness(), 0.0);
            assertEquals(0, newcomer.brokerage().openTriads());
            assertEquals(before.connectivity().articulationPoints(), after.connectivity().articulationPoints());
            assertEquals(before.connectivity().bridges(), after.connectivity().bridges());
            assertEquals(before.crossSectorTies(), after.crossSectorTies());
            assertEquals(before.sectorEi().region(), after.sectorEi().region());
            assertEquals(before.connectivity().isolatedMembers() + 1, after.connectivity().isolatedMembers());
        }
    }

    @Test
    void sameRegionShouldGiveAnEqualResultEvenWhenBetweennessIsSampled() {
        var region = RandomRegions.region(80, 0.05, new Random(404));
        var sampled = new CrossSectorOptions(10, 0, 30, 7L, 1.0, 10, 50, 2);

        var first = CrossSectorAnalysis.analyse(region, SectorLevel.SECTION, sampled);
        var again = CrossSectorAnalysis.analyse(region, SectorLevel.SECTION, new CrossSectorOptions(10, 0, 30, 7L, 1.0, 10, 50, 1));

        assertEquals(first, again);
        assertThat(first.betweennessExact()).isFalse();
        assertEquals(30, first.betweennessSources());
        assertEquals(CrossSectorAnalysis.analyse(region, SectorLevel.SECTION, OPTIONS),
                CrossSectorAnalysis.analyse(region, SectorLevel.SECTION, OPTIONS));
    }

    private static Map<String, MemberScore> byId(CrossSectorResult result) {
        return result.members().stream().collect(Collectors.toMap(MemberScore::memberId, Function.identity()));
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b + "|" : b + "|" + a + "|";
    }

    /** Everything but the id, the normalised betweenness (it divides by n) and the community label. */
    private static void assertSameScores(MemberScore expected, MemberScore actual) {
        assertEquals(expected.sector(), actual.sector());
        assertEquals(expected.helix(), actual.helix());
        assertEquals(expected.degree(), actual.degree());
        assertEquals(expected.strength(), actual.strength(), 1e-9);
        assertEquals(expected.betweenness(), actual.betweenness(), 1e-9);
        assertEquals(expected.brokerage(), actual.brokerage());
        if (expected.constraint() == null) {
            assertThat(actual.constraint()).isNull();
        } else {
            assertEquals(expected.constraint(), actual.constraint(), 1e-9);
        }
    }
}
