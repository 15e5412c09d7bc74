package org.coopgraph.analytics.resilience;

import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.crosssector.LabelCount;

/**
 * One SBI section in a diversity result: its members, its share P_g of the classified members, the
 * entropy H_g (natural log) of its divisions' shares within the section, and the divisions, most
 * members first, then by code.
 */
public record SectionShare(String section, int members, double share, double divisionEntropy, List<LabelCount> divisions) {

    public SectionShare {
        Objects.requireNonNull(section, "section");
        divisions = List.copyOf(divisions);
        if (members < 1 || share <= 0 || share > 1 || divisionEntropy < 0) {
            throw new IllegalArgumentException("section share out of range for " + section);
        }
    }
}
