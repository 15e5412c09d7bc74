package org.coopgraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.coopgraph.analytics.TinyNetworks;
import org.coopgraph.analytics.crosssector.LabelCount;
import org.coopgraph.model.Helix;
import org.junit.jupiter.api.Test;

class SectorVarietyTest {

    private static TinyNetworks sbi() {
        return TinyNetworks.network().sector("C", null).sector("10", "C").sector("107", "10").sector("25", "C")
                .sector("P", null).sector("85", "P");
    }

    @Test
    void shouldSplitEntropyIntoUnrelatedAndRelatedVariety() {
        // Divisions 10, 10 (one via group 107), 25 in section C and 85 in P: p = 1/2, 1/4, 1/4.
        // H = -(1/2 ln 1/2 + 2 * 1/4 ln 1/4) = 1.5 ln 2.  Sections P_C = 3/4, P_P = 1/4:
        // UV = -(3/4 ln 3/4 + 1/4 ln 1/4) = ln 4 - 3/4 ln 3.  H_C over (2/3, 1/3) = ln 3 - 2/3 ln 2, H_P = 0,
        // RV = 3/4 H_C = 3/4 ln 3 - 1/2 ln 2.  HHI = 1/4 + 1/16 + 1/16 = 3/8; HHI* = (3/8 - 1/3) / (2/3) = 1/16;
        // evenness = 1.5 ln 2 / ln 3. The member without a sector and the one who left count nowhere.
        var snapshot = sbi().member("a", Helix.INDUSTRY, "10").member("b", Helix.INDUSTRY, "107")
                .member("c", Helix.INDUSTRY, "25").member("d", Helix.EDUCATION, "85")
                .member("e", Helix.GOVERNMENT, null).member("f", Helix.INDUSTRY, "25").leftIn("f", 2020).snapshot();

        var result = SectorVariety.of(snapshot);

        assertEquals(5, result.members());
        assertEquals(4, result.classified());
        assertEquals(1, result.unclassified());
        assertEquals(1.5 * Math.log(2), result.entropy(), 1e-12);
        assertEquals(Math.log(4) - 0.75 * Math.log(3), result.unrelatedVariety(), 1e-12);
        assertEquals(0.75 * Math.log(3) - 0.5 * Math.log(2), result.relatedVariety(), 1e-12);
        assertEquals(0.375, result.herfindahl(), 1e-12);
        assertEquals(0.0625, result.normalizedHerfindahl(), 1e-12);
        assertEquals(1.5 * Math.log(2) / Math.log(3), result.evenness(), 1e-12);
        assertEquals(2, result.sectionCount());
        assertEquals(3, result.divisionCount());
        assertEquals(new SectionShare("C", 3, 0.75, Math.log(3) - 2.0 / 3 * Math.log(2),
                java.util.List.of(new LabelCount("10", 2), new LabelCount("25", 1))), roundedEntropy(result.sections().get(0)));
        assertEquals("P", result.sections().get(1).section());
    }

    @Test
    void shouldCountASectionLevelCodeAsItsOwnDivisionAndAnUnknownCodeAsItsOwnSection() {
        // C (section only) and 10 are two divisions of C: UV = 0, RV = H = ln 2.
        var known = SectorVariety.of(sbi().member("a", Helix.INDUSTRY, "C").member("b", Helix.INDUSTRY, "10").snapshot());
        // 10 and "X99" (not in the taxonomy): two sections of one division each: UV = H = ln 2, RV = 0.
        var unknown = SectorVariety.of(sbi().member("a", Helix.INDUSTRY, "10").member("b", Helix.INDUSTRY, "X99").snapshot());

        assertEquals(0.0, known.unrelatedVariety(), 1e-12);
        assertEquals(Math.log(2), known.relatedVariety(), 1e-12);
        assertEquals(Math.log(2), unknown.unrelatedVariety(), 1e-12);
        assertEquals(0.0, unknown.relatedVariety(), 1e-12);
        assertThat(unknown.sections()).extracting(SectionShare::section).containsExactly("C", "X99");
    }

    @Test
    void shouldLeaveNormalisedValuesOutWithFewerThanTwoDivisions() {
        var single = SectorVariety.of(sbi().member("a", Helix.INDUSTRY, "10").member("b", Helix.INDUSTRY, "107").snapshot());
        var empty = SectorVariety.of(sbi().snapshot());

        assertEquals(0.0, single.entropy());
        assertEquals(1.0, single.herfindahl(), 1e-12);
        assertNull(single.evenness());
        assertNull(single.normalizedHerfindahl());
        assertEquals(0, empty.members());
        assertEquals(0.0, empty.herfindahl());
        assertThat(empty.sections()).isEmpty();
    }

    private static SectionShare roundedEntropy(SectionShare share) {
        double expected = Math.log(3) - 2.0 / 3 * Math.log(2);
        assertEquals(expected, share.divisionEntropy(), 1e-12);
        return new SectionShare(share.section(), share.members(), share.share(), expected, share.divisions());
    }
}
