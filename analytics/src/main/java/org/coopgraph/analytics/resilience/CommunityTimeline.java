package org.coopgraph.analytics.resilience;

import java.util.List;
import java.util.Objects;

/** Communities year by year with labels kept stable across years, oldest year first, and the settings used. */
public record CommunityTimeline(CommunityTrackingOptions options, List<CommunityYear> years) {

    public CommunityTimeline {
        Objects.requireNonNull(options, "options");
        years = List.copyOf(years);
    }

    public CommunityYear year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no communities tracked for " + year));
    }
}
