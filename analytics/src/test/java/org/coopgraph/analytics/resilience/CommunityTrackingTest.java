package org.coopgraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coopgraph.analytics.TinyNetworks;
import org.coopgraph.analytics.crosssector.LabelCount;
import org.coopgraph.model.Helix;
import org.junit.jupiter.api.Test;

class CommunityTrackingTest {

    private static final CommunityTrackingOptions OPTIONS = CommunityTrackingOptions.defaults();

    /**
     * 2020: E = K6 (e1..e6), A = K4 (a1..a4), B = K4 (b1..b4), bridge a1-b1.
     * 2021: a5 joins A (K5), b4 has left (B = K3), D = K3 (d1..d3) joins; E unchanged.
     * 2022: every a-b pair tied (A u B = K8), D has left, E loses the ties between e1-e3 and e4-e6.
     */
    private static YearHistory history() {
        var net = TinyNetworks.network().sector("C", null).sector("10", "C").sector("25", "C").sector("P", null).sector("85", "P")
                .sector("K", null).sector("64", "K");
        for (int i = 1; i <= 5; i++) {
            net.member("a" + i, Helix.INDUSTRY, "10");
        }
        net.joinedIn("a5", 2021);
        for (int i = 1; i <= 4; i++) {
            net.member("b" + i, Helix.EDUCATION, "85");
        }
        net.leftIn("b4", 2021);
        for (int i = 1; i <= 3; i++) {
            net.member("d" + i, Helix.GOVERNMENT, "25").joinedIn("d" + i, 2021).leftIn("d" + i, 2022);
        }
        for (int i = 1; i <= 6; i++) {
            net.member("e" + i, Helix.FINANCE, "64");
        }
        clique(net, "a", 1, 5, null);
        clique(net, "b", 1, 4, null);
        clique(net, "d", 1, 3, null);
        clique(net, "e", 1, 3, null);
        clique(net, "e", 4, 6, null);
        for (int i = 1; i <= 3; i++) {
            for (int j = 4; j <= 6; j++) {
                net.tieDuring("e" + i, "e" + j, null, 2021);
            }
        }
        for (int i = 1; i <= 5; i++) {
            for (int j = 1; j <= 3; j++) {
                net.tieDuring("a" + i, "b" + j, i == 1 && j == 1 ? null : 2022, null);
            }
        }
        return YearHistory.of(net.snapshot(), 2020, 2022);
    }

    private static void clique(TinyNetworks net, String prefix, int from, int to, Integer since) {
        for (int i = from; i <= to; i++) {
            for (int j = i + 1; j <= to; j++) {
                net.tieDuring(prefix + i, prefix + j, since, null);
            }
        }
    }

    @Test
    void shouldLabelTheFirstYearLargestFirst() {
        var first = CommunityTracking.track(history(), OPTIONS).year(2020);

        assertThat(first.communities()).extracting(TrackedCommunity::label).containsExactly("C1", "C2", "C3");
        assertEquals(List.of("e1", "e2", "e3", "e4", "e5", "e6"), first.community("C1").orElseThrow().members());
        assertEquals(List.of("a1", "a2", "a3", "a4"), first.community("C2").orElseThrow().members());
        assertThat(first.communities()).extracting(TrackedCommunity::change).containsOnly(CommunityChange.NEW);
        assertThat(first.ended()).isEmpty();
        assertEquals(0, first.unclustered());
    }

    @Test
    void shouldKeepLabelsOfContinuingGrowingAndShrinkingCommunities() {
        // E: same six members, J = 1. A: {a1..a4} -> {a1..a5}, J = 4/5, 5 > 4 * 1.1: grown.
        // B: {b1..b4} -> {b1..b3}, J = 3/4, 3 < 4 * 0.9: shrunk. D has no predecessor: new, label C4.
        var year = CommunityTracking.track(history(), OPTIONS).year(2021);

        assertEquals(new TrackedCommunity("C2", 5, CommunityChange.GROWN, List.of("C2"), 0.8, 4, 4, 1, 0,
                List.of(new LabelCount("10", 5)), List.of(new LabelCount("INDUSTRY", 5)),
                List.of("a1", "a2", "a3", "a4", "a5")), year.community("C2").orElseThrow());
        assertThat(year.communities()).extracting(TrackedCommunity::label, TrackedCommunity::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C1", CommunityChange.CONTINUED),
                org.assertj.core.groups.Tuple.tuple("C2", CommunityChange.GROWN),
                org.assertj.core.groups.Tuple.tuple("C3", CommunityChange.SHRUNK),
                org.assertj.core.groups.Tuple.tuple("C4", CommunityChange.NEW));
        assertEquals(0.75, year.community("C3").orElseThrow().jaccard(), 1e-12);
        assertEquals(1, year.community("C3").orElseThrow().left());
    }

    @Test
    void shouldRecogniseAMergerASplitAndADissolution() {
        // A u B (8): J with A = 5/8 (keeps C2), with B = 3/8; all of A's 5 and B's 3 are in it: merged.
        // E breaks into {e1,e2,e3} and {e4,e5,e6}, J = 3/6 each: the first (smaller first id) keeps C1,
        // the other gets C5; both are made only of E: split. D's members have all left: dissolved.
        var year = CommunityTracking.track(history(), OPTIONS).year(2022);

        assertEquals(new TrackedCommunity("C2", 8, CommunityChange.MERGED, List.of("C2", "C3"), 0.625, 5, 5, 3, 0,
                List.of(new LabelCount("10", 5), new LabelCount("85", 3)),
                List.of(new LabelCount("INDUSTRY", 5), new LabelCount("EDUCATION", 3)),
                List.of("a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3")), year.community("C2").orElseThrow());
        assertEquals(new TrackedCommunity("C1", 3, CommunityChange.SPLIT, List.of("C1"), 0.5, 6, 3, 0, 3,
                List.of(new LabelCount("64", 3)), List.of(new LabelCount("FINANCE", 3)), List.of("e1", "e2", "e3")),
                year.community("C1").orElseThrow());
        assertEquals(new TrackedCommunity("C5", 3, CommunityChange.SPLIT, List.of("C1"), 0.0, 0, 0, 3, 0,
                List.of(new LabelCount("64", 3)), List.of(new LabelCount("FINANCE", 3)), List.of("e4", "e5", "e6")),
                year.community("C5").orElseThrow());
        assertThat(year.communities()).extracting(TrackedCommunity::label).containsExactly("C2", "C1", "C5");
        assertEquals(List.of(new EndedCommunity("C3", 3, CommunityChange.MERGED, List.of("C2")),
                new EndedCommunity("C4", 3, CommunityChange.DISSOLVED, List.of())), year.ended());
    }

    @Test
    void shouldGiveANewLabelBelowTheJaccardThresholdAndSkipTinyCommunities() {
        // 2020: {x1,x2,x3}. 2021: x2, x3 left; x1 with four newcomers: J = 1 / 7 < 0.3 -> new label C2,
        // and C1 dissolved (its one remaining member seeded a new community rather than joining a going one).
        // The lone z is a community of one: below minSize 3, counted as unclustered.
        var net = TinyNetworks.network().member("x1", Helix.INDUSTRY, "C").member("x2", Helix.INDUSTRY, "C")
                .member("x3", Helix.INDUSTRY, "C").leftIn("x2", 2021).leftIn("x3", 2021).member("z", Helix.INDUSTRY, "C");
        for (int i = 1; i <= 4; i++) {
            net.member("y" + i, Helix.EDUCATION, "P").joinedIn("y" + i, 2021).tie("x1", "y" + i);
        }
        clique(net, "x", 1, 3, null);
        clique(net, "y", 1, 4, null);
        var timeline = CommunityTracking.track(YearHistory.of(net.snapshot(), 2020, 2021), OPTIONS);

        assertEquals("C2", timeline.year(2021).communities().get(0).label());
        assertEquals(CommunityChange.NEW, timeline.year(2021).communities().get(0).change());
        assertEquals(List.of(new EndedCommunity("C1", 3, CommunityChange.DISSOLVED, List.of())), timeline.year(2021).ended());
        assertEquals(1, timeline.year(2021).unclustered());
        assertEquals(1, CommunityTracking.track(YearHistory.of(net.snapshot(), 2020, 2021), OPTIONS.withMinSize(1))
                .year(2020).communities().stream().filter(c -> c.size() == 1).count());
    }

    @Test
    void shouldBeReproducible() {
        assertEquals(CommunityTracking.track(history(), OPTIONS), CommunityTracking.track(history(), OPTIONS));
    }
}
