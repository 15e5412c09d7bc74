package org.coopgraph.analytics.report;

import java.util.List;

/**
 * Who works across sector and helix lines: the report year beside the previous year, and the
 * cross-sector tie share and E-I indices over every year ({@code series}, oldest first). Ties are the
 * collaboration graph's edges (explicit ties, supply links, shared projects), each counted once; sectors
 * are SBI sections.
 */
public record CrossSectorSection(CrossSectorYear year, CrossSectorYear previous, List<CrossSectorPoint> series) {

    public CrossSectorSection {
        series = List.copyOf(series);
    }

    /**
     * {@code crossSectorShare} = crossSectorTies / ties (null without ties); {@code sectorEi} and
     * {@code helixEi} the Krackhardt-Stern E-I index by sector and by helix (null without ties);
     * {@code helixPairs} ties between each pair of helices (a <= b in Helix order, zero pairs included);
     * {@code unlinkedSectorPairs} pairs of SBI divisions that both have at least
     * {@code minSectorMembers} members and no tie between them, the most members on both sides
     * (product) first, then by codes, at most 20.
     */
    public record CrossSectorYear(int year, int members, long ties, long crossSectorTies, Double crossSectorShare,
                                  Double sectorEi, Double helixEi, List<PairCount> helixPairs,
                                  List<PairCount> unlinkedSectorPairs, int minSectorMembers) {
        public CrossSectorYear {
            helixPairs = List.copyOf(helixPairs);
            unlinkedSectorPairs = List.copyOf(unlinkedSectorPairs);
        }
    }

    /** Ties between two groups (helices or sectors), a sorting before or equal to b; labels for people. */
    public record PairCount(String a, String aLabel, String b, String bLabel, long ties) {
    }

    /** One year of the series. */
    public record CrossSectorPoint(int year, long ties, Double crossSectorShare, Double sectorEi, Double helixEi) {
    }
}
