package org.coopgraph.analytics.crosssector;

import org.coopgraph.model.Member;
import org.coopgraph.model.Taxonomy;

/** How fine the sector grouping is: SBI 2008 / NACE Rev. 2 section (letter) or division (two digits). */
public enum SectorLevel {
    SECTION(1), DIVISION(2);

    /** The group of a member without any sector. */
    public static final String UNKNOWN_SECTOR = MemberGroups.UNKNOWN;

    private final int depth;

    SectorLevel(int depth) {
        this.depth = depth;
    }

    /** The taxonomy level ({@code Sector.level}) this grouping maps to. */
    public int depth() {
        return depth;
    }

    /**
     * The member's primary sector mapped up the SBI hierarchy to this level, as the cross-sector
     * analysis groups it: {@link #UNKNOWN_SECTOR} without a sector, a code missing from the taxonomy
     * as given, a code coarser than this level as itself.
     */
    public String codeOf(Member member, Taxonomy taxonomy) {
        return MemberGroups.sectorAt(java.util.Objects.requireNonNull(member, "member"),
                java.util.Objects.requireNonNull(taxonomy, "taxonomy"), this);
    }
}
