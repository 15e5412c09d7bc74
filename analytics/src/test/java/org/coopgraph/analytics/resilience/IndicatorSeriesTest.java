package org.coopgraph.analytics.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.coopgraph.analytics.TinyNetworks;
import org.coopgraph.analytics.crosssector.CrossSectorAnalysis;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.model.Helix;
import org.junit.jupiter.api.Test;

class IndicatorSeriesTest {

    @Test
    void shouldComputeEiAndCrossTieSharesForEveryYear() {
        // a (industry, C/10), b (industry, C/25), c (education, P/85). 2020: a-b (inside C and industry) and
        // b-c (across): E = I = 1, EI = 0, share 1/2. 2021: a-b has ended, a-c starts: both ties cross, EI = 1.
        var all = TinyNetworks.network().sector("C", null).sector("10", "C").sector("25", "C").sector("P", null).sector("85", "P")
                .member("a", Helix.INDUSTRY, "10").member("b", Helix.INDUSTRY, "25").member("c", Helix.EDUCATION, "85")
                .tieDuring("a", "b", 2020, 2020).tieDuring("a", "c", 2021, null).tieDuring("b", "c", null, null).snapshot();

        var series = IndicatorSeries.of(YearHistory.of(all, 2020, 2021), SectorLevel.SECTION);

        assertEquals(List.of(new YearIndicators(2020, 3, 2, 0.0, 0.0, 0.5, 0.5),
                new YearIndicators(2021, 3, 2, 1.0, 1.0, 1.0, 1.0)), series);
        // at division level a-b crosses too (10 vs 25): 2020 is all external
        assertEquals(1.0, IndicatorSeries.of(YearHistory.of(all, 2020, 2020), SectorLevel.DIVISION).get(0).sectorEi());
    }

    @Test
    void shouldAgreeWithTheFullCrossSectorAnalysisAndBeNullWithoutTies() {
        var snapshot = TinyNetworks.network().member("a", Helix.INDUSTRY, "C").member("b", Helix.FINANCE, "K")
                .member("c", Helix.FINANCE, "K").tie("a", "b").tie("b", "c").snapshot();
        var full = CrossSectorAnalysis.analyse(snapshot, SectorLevel.SECTION);
        var mixing = CrossSectorAnalysis.mixing(snapshot, SectorLevel.SECTION);
        var lonely = CrossSectorAnalysis.mixing(TinyNetworks.network().member("a", Helix.INDUSTRY, "C").snapshot(),
                SectorLevel.SECTION);

        assertEquals(full.sectorEi(), mixing.sectorEi());
        assertEquals(full.helixMixing(), mixing.helixMixing());
        assertEquals(0.5, mixing.crossSectorTieShare());
        assertNull(lonely.crossSectorTieShare());
        assertNull(lonely.sectorEi().region());
    }
}
