package org.coopgraph.analytics.crosssector;

import java.util.List;

/**
 * Krackhardt-Stern E-I index (Krackhardt and Stern 1988, "Informal networks and organizational
 * crises: an experimental simulation", Social Psychology Quarterly 51(2)): EI = (E - I) / (E + I)
 * with E the ties crossing group boundaries and I those within. Per group, E counts the group's
 * ties to other groups and I its internal ties, each tie once (the paper's "links", not tie ends);
 * for the region, E and I are all between- and within-group ties. Null where there are no ties.
 */
public record EiIndex(List<GroupEi> groups, long internalTies, long externalTies, Double region) {

    public EiIndex {
        groups = List.copyOf(groups);
        if (internalTies < 0 || externalTies < 0) {
            throw new IllegalArgumentException("tie counts must not be negative");
        }
    }

    static EiIndex of(MixingMatrix mixing, int[] groupOf) {
        int k = mixing.groups().size();
        int[] members = new int[k];
        for (int g : groupOf) {
            members[g]++;
        }
        long internalAll = 0;
        long externalAll = 0;
        List<GroupEi> perGroup = new java.util.ArrayList<>();
        for (int g = 0; g < k; g++) {
            long internal = mixing.ties().get(g).get(g);
            long external = 0;
            for (int h = 0; h < k; h++) {
                external += h == g ? 0 : mixing.ties().get(g).get(h);
            }
            internalAll += internal;
            externalAll += external;
            perGroup.add(new GroupEi(mixing.groups().get(g), members[g], internal, external, ratio(external, internal)));
        }
        long between = externalAll / 2;                 // every crossing tie was seen from both groups
        return new EiIndex(perGroup, internalAll, between, ratio(between, internalAll));
    }

    private static Double ratio(long external, long internal) {
        return external + internal == 0 ? null : (double) (external - internal) / (external + internal);
    }
}
