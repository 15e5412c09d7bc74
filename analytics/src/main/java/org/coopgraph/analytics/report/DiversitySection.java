package org.coopgraph.analytics.report;

import java.util.List;

/**
 * Sector diversity of the members in the report year beside the previous year, and over every year.
 * Shares are of present members by primary sector.
 */
public record DiversitySection(DiversityYear year, DiversityYear previous, List<DiversityPoint> series) {

    public DiversitySection {
        series = List.copyOf(series);
    }

    /**
     * {@code shannon}: entropy -sum p ln p over SBI divisions (nats); {@code relatedVariety}: the
     * share-weighted entropy of divisions within each section; {@code unrelatedVariety}: the entropy
     * over sections (Frenken et al. 2007), so shannon = related + unrelated; {@code hhi}:
     * Herfindahl-Hirschman sum of squared division shares (0..1); {@code sections} the member counts
     * per section, most first. Null entropies/HHI when the year has no member with a sector.
     */
    public record DiversityYear(int year, int membersWithSector, Double shannon, Double relatedVariety,
                                Double unrelatedVariety, Double hhi, List<Count> sections) {
        public DiversityYear {
            sections = List.copyOf(sections);
        }
    }

    /** One year of the series. */
    public record DiversityPoint(int year, Double shannon, Double relatedVariety, Double unrelatedVariety, Double hhi) {
    }
}
