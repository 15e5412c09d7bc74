package org.coopgraph.analytics.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalienceAndGridTest {

    @Test
    void fourAndFiveAreHighThreeIsLow() {
        assertThat(GridPosition.of(4, 4)).isEqualTo(GridPosition.MANAGE_CLOSELY);
        assertThat(GridPosition.of(3, 5)).isEqualTo(GridPosition.KEEP_SATISFIED);
        assertThat(GridPosition.of(5, 3)).isEqualTo(GridPosition.KEEP_INFORMED);
        assertThat(GridPosition.of(3, 3)).isEqualTo(GridPosition.MONITOR);
        assertThat(GridPosition.of(1, 1)).isEqualTo(GridPosition.MONITOR);
    }

    @Test
    void everyCombinationOfPowerLegitimacyAndUrgencyHasItsMitchellClass() {
        assertThat(SalienceClass.of(true, true, true)).isEqualTo(SalienceClass.DEFINITIVE);
        assertThat(SalienceClass.of(true, true, false)).isEqualTo(SalienceClass.DOMINANT);
        assertThat(SalienceClass.of(true, false, true)).isEqualTo(SalienceClass.DANGEROUS);
        assertThat(SalienceClass.of(false, true, true)).isEqualTo(SalienceClass.DEPENDENT);
        assertThat(SalienceClass.of(true, false, false)).isEqualTo(SalienceClass.DORMANT);
        assertThat(SalienceClass.of(false, true, false)).isEqualTo(SalienceClass.DISCRETIONARY);
        assertThat(SalienceClass.of(false, false, true)).isEqualTo(SalienceClass.DEMANDING);
        assertThat(SalienceClass.of(false, false, false)).isEqualTo(SalienceClass.NON_SALIENT);
    }
}
