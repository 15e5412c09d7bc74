package org.coopgraph.analytics.resilience;

import java.util.List;
import java.util.Objects;
import org.coopgraph.analytics.crosssector.CrossSectorAnalysis;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.analytics.crosssector.TieMixing;

/**
 * E-I index and cross-sector tie share for every year of a history, from the cheap mixing part of
 * the cross-sector analysis ({@link CrossSectorAnalysis#mixing}): no betweenness per year.
 */
public final class IndicatorSeries {

    public static final Method E_I_INDEX = new Method("E-I index",
            "EI = (E - I) / (E + I), E = ties between members of different sectors (helices), I = ties within;"
                    + " cross-sector tie share = E / (E + I)",
            "Krackhardt & Stern (1988), Informal networks and organizational crises: an experimental simulation,"
                    + " Social Psychology Quarterly 51(2), 123-140");

    private IndicatorSeries() {
    }

    public static List<YearIndicators> of(YearHistory history, SectorLevel level) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(level, "level");
        return history.years().stream().map(year -> {
            TieMixing mixing = CrossSectorAnalysis.mixing(history.snapshot(year), history.graph(year), level);
            return new YearIndicators(year, mixing.memberCount(), mixing.tieCount(), mixing.sectorEi().region(),
                    mixing.helixEi().region(), mixing.crossSectorTieShare(), mixing.crossHelixTieShare());
        }).toList();
    }
}
