package org.coopgraph.analytics.valuechains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopgraph.analytics.TinyNetworks.network;
import static org.coopgraph.analytics.TinyNetworks.step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coopgraph.analytics.valuechains.ValueChainResult.Candidate;
import org.coopgraph.analytics.valuechains.ValueChainResult.CoveringMember;
import org.coopgraph.analytics.valuechains.ValueChainResult.LinkGap;
import org.coopgraph.analytics.valuechains.ValueChainResult.Reason;
import org.coopgraph.analytics.valuechains.ValueChainResult.ReasonCode;
import org.coopgraph.analytics.valuechains.ValueChainResult.StepLink;
import org.coopgraph.model.Helix;
import org.coopgraph.model.NetworkSnapshot;
import org.junit.jupiter.api.Test;

/**
 * One hand-worked food chain: s1 grow (sector 01), s2 process (sector 10.1 or skill bake), s3 transport
 * (skills truck and cold), s4 retail (sector 47). Sectors A > 01 > 01.1, 01.2; C > 10 > 10.1, 10.2; C > 11;
 * G > 46, 47. Skills log > truck, cold. Ties: f1-p1, p1-t2, b1-m10, m10-t1.
 */
class ValueChainAnalysisTest {

    static NetworkSnapshot region() {
        return network()
                .sector("A", null).sector("01", "A").sector("01.1", "01").sector("01.2", "01")
                .sector("C", null).sector("10", "C").sector("10.1", "10").sector("10.2", "10").sector("11", "C")
                .sector("G", null).sector("46", "G").sector("47", "G")
                .skill("log", null).skill("truck", "log").skill("cold", "log")
                .member("f1", Helix.INDUSTRY, "01.1").member("f2", Helix.INDUSTRY, "01.2")
                .member("p1", Helix.INDUSTRY, "10.1").hasSkill("p1", "bake", 2)
                .member("b1", Helix.INDUSTRY, "56").hasSkill("b1", "bake", 4)
                .member("t1", Helix.INDUSTRY, null).hasSkill("t1", "truck", 3).hasSkill("t1", "cold", 2)
                .member("t2", Helix.INDUSTRY, "49").hasSkill("t2", "truck", 4)
                .member("l", Helix.INDUSTRY, null).hasSkill("l", "log", 2)
                .member("m10", Helix.INDUSTRY, "10.2").member("r", Helix.INDUSTRY, "11").member("w", Helix.INDUSTRY, "46")
                .tie("f1", "p1").tie("p1", "t2").tie("b1", "m10").tie("m10", "t1")
                .chain("food", step("s3", 3, List.of(), List.of("truck", "cold")), step("s1", 1, List.of("01"), List.of()),
                        step("s2", 2, List.of("10.1"), List.of("bake")), step("s4", 4, List.of("47"), List.of()))
                .chain("empty", step("e1", 1, List.of("99"), List.of()))
                .snapshot();
    }

    @Test
    void shouldCoverStepsBySectorAtOrBelowAndByHavingAllTheStepSkills() {
        var result = ValueChainAnalysis.analyse(region(), "food", 2);

        assertThat(result.steps()).extracting(s -> s.stepId()).containsExactly("s1", "s2", "s3", "s4");
        assertThat(result.steps().get(0).members()).containsExactly(
                new CoveringMember("f1", true, false), new CoveringMember("f2", true, false));
        assertThat(result.steps().get(1).members()).containsExactly(
                new CoveringMember("b1", false, true), new CoveringMember("p1", true, true));
        // t2 has truck but not cold: a candidate, not a supplier.
        assertThat(result.steps().get(2).members()).containsExactly(new CoveringMember("t1", false, true));
        assertThat(result.steps().get(3).members()).isEmpty();
        assertThat(result.uncoveredSteps()).containsExactly("s4");
        assertThat(result.singleSupplierSteps()).containsExactly("s3");
    }

    @Test
    void shouldRankCandidatesForUncoveredAndSingleSupplierStepsOnly() {
        var result = ValueChainAnalysis.analyse(region(), "food", 2);

        assertThat(result.steps().get(0).candidates()).isEmpty(); // two suppliers: no gap
        assertEquals(0, result.steps().get(1).candidateCount());
        // s3 (reasons in step-skill order): t2 has, for cold, the sibling truck (0.5) and truck itself (1);
        // l has log, the parent of both (0.5 + 0.5).
        assertThat(result.steps().get(2).candidates()).containsExactly(
                new Candidate("t2", 1.5, List.of(new Reason(ReasonCode.RELATED_SKILL, "s3", "cold", null),
                        new Reason(ReasonCode.HAS_STEP_SKILL, "s3", "truck", null))),
                new Candidate("l", 1.0, List.of(new Reason(ReasonCode.RELATED_SKILL, "s3", "cold", null),
                        new Reason(ReasonCode.RELATED_SKILL, "s3", "truck", null))));
        // s4: w is in 46, a sibling of 47 under G.
        assertThat(result.steps().get(3).candidates()).containsExactly(
                new Candidate("w", 2.0, List.of(new Reason(ReasonCode.RELATED_SECTOR, "s4", "47", null))));
        assertEquals(1, result.steps().get(3).candidateCount());
    }

    @Test
    void shouldFindNoLinkGapWhenConsecutiveStepsAreWithinTwoHops() {
        var result = ValueChainAnalysis.analyse(region(), "food");

        assertEquals(2, result.k());
        // s1-s2: f1-p1 tie; s2-s3: b1-m10-t1; s3-s4: retail is uncovered, so no hops and no link gap.
        assertThat(result.links()).containsExactly(new StepLink("s1", "s2", 1), new StepLink("s2", "s3", 2),
                new StepLink("s3", "s4", null));
        assertThat(result.linkGaps()).isEmpty();
    }

    @Test
    void shouldFindALinkGapWithinOneHopAndCandidatesNearTheOtherStep() {
        var result = ValueChainAnalysis.analyse(region(), "food", 1);

        assertThat(result.links()).containsExactly(new StepLink("s1", "s2", 1), new StepLink("s2", "s3", null),
                new StepLink("s3", "s4", null));
        // m10 (10.2, sibling of 10.1) is tied to t1; t2 (truck) is tied to p1. l has a reason for s3 but no tie.
        assertThat(result.linkGaps()).containsExactly(new LinkGap("s2", "s3", List.of(
                new Candidate("m10", 3.0, List.of(new Reason(ReasonCode.RELATED_SECTOR, "s2", "10.1", null),
                        new Reason(ReasonCode.NEAR_OTHER_STEP, "s3", null, 1))),
                new Candidate("t2", 2.5, List.of(new Reason(ReasonCode.RELATED_SKILL, "s3", "cold", null),
                        new Reason(ReasonCode.HAS_STEP_SKILL, "s3", "truck", null),
                        new Reason(ReasonCode.NEAR_OTHER_STEP, "s2", null, 1)))), 2));
    }

    @Test
    void shouldSummariseEveryChainInIdOrder() {
        var summary = ValueChainAnalysis.summary(region(), 1);

        assertEquals(1, summary.k());
        assertThat(summary.chains()).containsExactly(
                new ValueChainSummary.ChainSummary("empty", "Chain empty", 1, 0, List.of("e1"), List.of(), List.of()),
                new ValueChainSummary.ChainSummary("food", "Chain food", 4, 3, List.of("s4"), List.of("s3"),
                        List.of(new ValueChainSummary.StepPair("s2", "s3"))));
        assertThat(ValueChainAnalysis.summary(region(), 2).chains().get(1).linkGaps()).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownChainAndAHopLimitBelowOne() {
        assertThatThrownBy(() -> ValueChainAnalysis.analyse(region(), "nope", 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> ValueChainAnalysis.analyse(region(), "food", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValueChainAnalysis.summary(region(), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
