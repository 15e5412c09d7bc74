package org.coopgraph.analytics.crosssector;

import java.util.Objects;

/**
 * The cheap part of the cross-sector analysis: who ties to whom by sector and helix, with the E-I
 * indices, without betweenness, brokerage or communities, so it can be computed for every year of a
 * history. The shares are the crossing ties over all ties (each tie once), null without ties.
 */
public record TieMixing(SectorLevel level, int memberCount, long tieCount, MixingMatrix sectorMixing,
                        MixingMatrix helixMixing, EiIndex sectorEi, EiIndex helixEi) {

    public TieMixing {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(sectorMixing, "sectorMixing");
        Objects.requireNonNull(helixMixing, "helixMixing");
        Objects.requireNonNull(sectorEi, "sectorEi");
        Objects.requireNonNull(helixEi, "helixEi");
        if (memberCount < 0 || tieCount < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Ties between members of different sectors over all ties. */
    public Double crossSectorTieShare() {
        return tieCount == 0 ? null : (double) sectorEi.externalTies() / tieCount;
    }

    /** Ties between members of different helices over all ties. */
    public Double crossHelixTieShare() {
        return tieCount == 0 ? null : (double) helixEi.externalTies() / tieCount;
    }
}
