package org.coopgraph.analytics.resilience;

import java.util.List;

/**
 * Sector diversity of the present members (see {@link SectorVariety} for the formulas). Entropies
 * are in nats (natural log); {@code entropy} = {@code unrelatedVariety} + {@code relatedVariety}
 * (to rounding). The normalised values are null with fewer than two divisions, where they are 0/0.
 * {@code unclassified} members have no sector and are left out of every share.
 */
public record SectorVarietyResult(int members, int classified, int unclassified, int sectionCount, int divisionCount,
                                  double entropy, Double evenness, double herfindahl, Double normalizedHerfindahl,
                                  double unrelatedVariety, double relatedVariety, List<SectionShare> sections) {

    public SectorVarietyResult {
        sections = List.copyOf(sections);
        if (members != classified + unclassified || classified < 0 || unclassified < 0) {
            throw new IllegalArgumentException("members must be classified + unclassified");
        }
    }
}
