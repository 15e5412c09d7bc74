package org.coopgraph.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class YearSetTest {

    private final YearSet span = new YearSet(2015, 2025);

    @Test
    void runsOfYearsAreWrittenAsRanges() {
        BitSet years = span.range(2019, 2021);
        years.or(span.range(2023, 2023));
        years.or(span.range(2025, null));
        assertThat(span.format(years)).isEqualTo("2019-2021,2023,2025");
    }

    @Test
    void openEndsAndOutOfSpanYearsAreClippedToTheSpan() {
        assertThat(span.format(span.range(null, null))).isEqualTo("2015-2025");
        assertThat(span.format(span.range(2010, 2016))).isEqualTo("2015-2016");
        assertThat(span.format(span.range(2030, 2040))).isEmpty();
        assertThat(span.format(span.range(2020, 2019))).isEmpty();
    }

    @Test
    void aRegionWithoutYearsHasNoYears() {
        YearSet none = YearSet.none();
        assertThat(none.format(none.range(2020, 2021))).isEmpty();
    }
}
