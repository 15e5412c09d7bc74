package org.coopgraph.analytics.valuechains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.analytics.TinyNetworks.network;
import static org.coopgraph.analytics.TinyNetworks.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coopgraph.analytics.valuechains.ValueChainResult.CoveringMember;
import org.coopgraph.analytics.valuechains.ValueChainResult.StepLink;
import org.coopgraph.model.Helix;
import org.junit.jupiter.api.Test;

class ValueChainEdgeCasesTest {

    @Test
    void shouldLeaveEveryStepUncoveredInAChainWithoutMembers() {
        var result = ValueChainAnalysis.analyse(network()
                .chain("c", step("a", 1, List.of("01"), List.of()), step("b", 2, List.of(), List.of("k"))).snapshot(), "c", 2);

        assertThat(result.uncoveredSteps()).containsExactly("a", "b");
        assertThat(result.singleSupplierSteps()).isEmpty();
        assertThat(result.links()).containsExactly(new StepLink("a", "b", null));
        assertThat(result.linkGaps()).isEmpty();
        assertThat(result.steps()).allSatisfy(s -> assertEquals(0, s.candidateCount()));
    }

    @Test
    void shouldSummariseARegionWithoutChainsAsEmpty() {
        assertThat(ValueChainAnalysis.summary(network().member("a", Helix.INDUSTRY, "01").snapshot(), 2).chains()).isEmpty();
    }

    @Test
    void shouldCountOneMemberCoveringConsecutiveStepsAsZeroHops() {
        var result = ValueChainAnalysis.analyse(network().member("both", Helix.INDUSTRY, "10").inSector("both", "46")
                .chain("c", step("make", 1, List.of("10"), List.of()), step("sell", 2, List.of("46"), List.of())).snapshot(), "c", 1);

        assertThat(result.links()).containsExactly(new StepLink("make", "sell", 0));
        assertThat(result.singleSupplierSteps()).containsExactly("make", "sell");
    }

    @Test
    void shouldMatchUnknownSectorCodesOnlyByEqualityAndIgnoreMembersWhoLeft() {
        var result = ValueChainAnalysis.analyse(network()
                .member("same", Helix.INDUSTRY, "X9").member("other", Helix.INDUSTRY, "X8")
                .member("gone", Helix.INDUSTRY, "X9").leftIn("gone", 2022)
                .chain("c", step("s", 1, List.of("X9"), List.of())).snapshot(), "c");

        assertThat(result.steps().get(0).members()).containsExactly(new CoveringMember("same", true, false));
        assertEquals(0, result.steps().get(0).candidateCount()); // X8 has no known parent, so it is not a sibling
    }

    @Test
    void shouldNotCoverAStepBySectorWithABroaderSectorOnly() {
        var result = ValueChainAnalysis.analyse(network().sector("C", null).sector("10", "C").sector("10.1", "10")
                .member("broad", Helix.INDUSTRY, "C").member("deep", Helix.INDUSTRY, null).inSector("deep", "10.1")
                .chain("c", step("s", 1, List.of("10"), List.of())).snapshot(), "c");

        // "deep" is in 10.1, inside division 10 (through a secondary sector); "broad" is only the whole section C.
        assertThat(result.steps().get(0).members()).containsExactly(new CoveringMember("deep", true, false));
    }

    @Test
    void shouldHaveNoLinksInAOneStepChain() {
        var result = ValueChainAnalysis.analyse(network().member("a", Helix.INDUSTRY, "01")
                .chain("c", step("s", 1, List.of("01"), List.of())).snapshot(), "c");

        assertThat(result.links()).isEmpty();
        assertThat(result.singleSupplierSteps()).containsExactly("s");
        assertThat(result.steps().get(0).candidates()).isEmpty(); // nobody else relates to the step
    }
}
