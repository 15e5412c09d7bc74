package org.coopgraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coopgraph.analytics.TinyNetworks;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.model.Helix;
import org.coopgraph.model.NetworkSnapshot;
import org.junit.jupiter.api.Test;

class MembershipChangesTest {

    /** a (2019-), b (2021-), c (2018-2021, left 2022), d (no years), e (2020-). */
    private static NetworkSnapshot region() {
        return TinyNetworks.network().sector("C", null).sector("10", "C").sector("25", "C").sector("P", null).sector("85", "P")
                .member("a", Helix.INDUSTRY, "10").joinedIn("a", 2019)
                .member("b", Helix.EDUCATION, "85").joinedIn("b", 2021)
                .member("c", Helix.INDUSTRY, "25").joinedIn("c", 2018).leftIn("c", 2022)
                .member("d", Helix.GOVERNMENT, null)
                .member("e", Helix.INDUSTRY, "10").joinedIn("e", 2020).snapshot();
    }

    @Test
    void shouldListJoinersAndLeaversYearByYear() {
        var years = MembershipChanges.of(region(), 2020, 2022, SectorLevel.SECTION);

        assertThat(years).extracting(MembershipYear::year).containsExactly(2020, 2021, 2022);
        assertEquals(new MembershipYear(2020, 3, 4, List.of("e"), List.of(), years.get(0).byHelix(), years.get(0).bySector()),
                years.get(0));
        assertEquals(List.of("b"), years.get(1).joined());
        assertEquals(5, years.get(1).present());
        assertEquals(List.of(), years.get(2).joined());
        assertEquals(List.of("c"), years.get(2).left());
        assertEquals(4, years.get(2).present());
    }

    @Test
    void shouldCountChangesByHelixAndBySector() {
        var year = MembershipChanges.year(region(), 2022, SectorLevel.SECTION);

        assertEquals(List.of(new GroupChange("INDUSTRY", 3, 2, 0, 1), new GroupChange("EDUCATION", 1, 1, 0, 0),
                new GroupChange("GOVERNMENT", 1, 1, 0, 0), new GroupChange("FINANCE", 0, 0, 0, 0),
                new GroupChange("CIVIL_SOCIETY", 0, 0, 0, 0)), year.byHelix());
        assertEquals(List.of(new GroupChange("C", 3, 2, 0, 1), new GroupChange("P", 1, 1, 0, 0),
                new GroupChange("UNKNOWN", 1, 1, 0, 0)), year.bySector());
        assertEquals(List.of(new GroupChange("10", 2, 2, 0, 0), new GroupChange("25", 1, 0, 0, 1),
                new GroupChange("85", 1, 1, 0, 0), new GroupChange("UNKNOWN", 1, 1, 0, 0)),
                MembershipChanges.year(region(), 2022, SectorLevel.DIVISION).bySector());
    }
}
