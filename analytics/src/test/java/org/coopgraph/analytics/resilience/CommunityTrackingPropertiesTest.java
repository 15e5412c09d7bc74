package org.coopgraph.analytics.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invariants of community tracking on seeded random histories. */
class CommunityTrackingPropertiesTest {

    @Test
    void shouldAccountForEveryLabelOnceAndNeverReuseOne() {
        for (long seed = 1; seed <= 4; seed++) {
            var history = YearHistory.of(HistoryRegions.region(400, 2, 0.5, 2019, 2023, seed), 2019, 2023);
            var timeline = CommunityTracking.track(history, CommunityTrackingOptions.defaults());
            Set<String> previous = Set.of();
            Set<String> everSeen = new HashSet<>();
            for (CommunityYear year : timeline.years()) {
                Set<String> before = previous;
                List<String> labels = year.communities().stream().map(TrackedCommunity::label).toList();
                List<String> ended = year.ended().stream().map(EndedCommunity::label).toList();
                assertThat(new HashSet<>(labels)).as("labels unique in %d", year.year()).hasSameSizeAs(labels);
                Set<String> accounted = new HashSet<>(ended);
                labels.stream().filter(before::contains).forEach(accounted::add);
                assertEquals(before, accounted, "every prior label continues or ends in " + year.year());
                labels.stream().filter(l -> !before.contains(l)).forEach(l -> assertThat(everSeen).doesNotContain(l));
                assertThat(year.communities()).allSatisfy(c -> assertThat(c.size()).isGreaterThanOrEqualTo(3));
                int clustered = year.communities().stream().mapToInt(TrackedCommunity::size).sum();
                assertEquals(history.graph(year.year()).size(), clustered + year.unclustered());
                everSeen.addAll(labels);
                previous = new HashSet<>(labels);
            }
        }
    }

    @Test
    void shouldGiveTheSameTimelineWhateverTheThreadCount() {
        var history = YearHistory.of(HistoryRegions.region(600, 3, 0.5, 2018, 2023, 9L), 2018, 2023);
        var options = CommunityTrackingOptions.defaults();

        assertEquals(CommunityTracking.track(history, options.withThreads(1)).years(),
                CommunityTracking.track(history, options.withThreads(3)).years());
        assertThat(CommunityTracking.track(history, options).year(2023).communities()).isNotEmpty();
    }
}
