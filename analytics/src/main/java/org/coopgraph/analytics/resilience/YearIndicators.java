package org.coopgraph.analytics.resilience;

/**
 * The network indicators of one year: present members, ties, the sector and helix E-I indices
 * (Krackhardt and Stern 1988, from the cross-sector analysis) and the shares of ties that cross a
 * sector or helix line. The ratios are null in a year without ties.
 */
public record YearIndicators(int year, int members, long ties, Double sectorEi, Double helixEi,
                             Double crossSectorTieShare, Double crossHelixTieShare) {

    public YearIndicators {
        if (members < 0 || ties < 0) {
            throw new IllegalArgumentException("counts must not be negative in " + year);
        }
    }
}
