package org.coopgraph.analytics.crosssector;

/** How fine the sector grouping is: SBI 2008 / NACE Rev. 2 section (letter) or division (two digits). */
public enum SectorLevel {
    SECTION(1), DIVISION(2);

    private final int depth;

    SectorLevel(int depth) {
        this.depth = depth;
    }

    /** The taxonomy level ({@code Sector.level}) this grouping maps to. */
    public int depth() {
        return depth;
    }
}
