package org.coopgraph.analytics.suggestions;

import java.util.ArrayList;
import java.util.List;

/**
 * A bonus for partners from another sector (primary SBI division; unknown sectors never count as
 * different) and from another helix: cross-sector and triple-helix ties are what a regional
 * cooperative exists to make, and link prediction from structure alone keeps proposing look-alikes.
 * It carries its own two weights, so its weight in the sum is 1. A bonus: it never makes a
 * candidate on its own ({@link SuggestionComponent#bonus()}).
 */
public final class CrossSectorComponent implements SuggestionComponent {

    public static final String NAME = "crossSector";

    private final double sectorWeight;
    private final double helixWeight;

    public CrossSectorComponent(double sectorWeight, double helixWeight) {
        this.sectorWeight = sectorWeight;
        this.helixWeight = helixWeight;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean bonus() {
        return true;
    }

    @Override
    public void scoreAll(SuggestionContext context, int a, double[] values) {
        for (int b = 0; b < values.length; b++) {
            values[b] += (otherSector(context, a, b) ? sectorWeight : 0) + (otherHelix(context, a, b) ? helixWeight : 0);
        }
    }

    @Override
    public ComponentScore score(SuggestionContext context, int a, int b) {
        List<Evidence> evidence = new ArrayList<>(2);
        double total = 0;
        if (otherSector(context, a, b) && sectorWeight > 0) {
            total += sectorWeight;
            evidence.add(Evidence.of(EvidenceCode.OTHER_SECTOR, List.of(context.sector(a), context.sector(b))));
        }
        if (otherHelix(context, a, b) && helixWeight > 0) {
            total += helixWeight;
            evidence.add(Evidence.of(EvidenceCode.OTHER_HELIX,
                    List.of(context.member(a).helix().name(), context.member(b).helix().name())));
        }
        return total == 0 ? ComponentScore.NONE : new ComponentScore(total, evidence);
    }

    private static boolean otherSector(SuggestionContext context, int a, int b) {
        String x = context.sector(a);
        String y = context.sector(b);
        return !x.equals(SuggestionContext.UNKNOWN_SECTOR) && !y.equals(SuggestionContext.UNKNOWN_SECTOR) && !x.equals(y);
    }

    private static boolean otherHelix(SuggestionContext context, int a, int b) {
        return context.member(a).helix() != context.member(b).helix();
    }
}
