package org.coopgraph.analytics.valuechains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.coopgraph.analytics.RandomSkillNetworks;
import org.coopgraph.analytics.valuechains.ValueChainResult.Candidate;
import org.coopgraph.analytics.valuechains.ValueChainResult.StepCoverage;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.ValueChain;
import org.junit.jupiter.api.Test;

/** Properties over seeded random regions (plain JUnit loops; each seed is reported on failure). */
class ValueChainPropertiesTest {

    private static final int RUNS = 30;

    private static NetworkSnapshot randomRegion(int run) {
        Random sizes = new Random(2000 + run);
        return RandomSkillNetworks.region(run, 30 + sizes.nextInt(170), 20 + sizes.nextInt(80));
    }

    @Test
    void shouldLeaveAStepUncoveredWhenItsOnlySupplierIsRemoved() {
        int checked = 0;
        for (int run = 0; run < RUNS; run++) {
            NetworkSnapshot region = randomRegion(run);
            for (ValueChain chain : region.valueChains()) {
                for (StepCoverage step : ValueChainAnalysis.analyse(region, chain.id(), 2).steps()) {
                    if (step.members().size() != 1) {
                        continue;
                    }
                    String only = step.members().get(0).memberId();
                    var without = new NetworkSnapshot(region.region(), region.dataVersion(), null, region.taxonomy(),
                            region.members().stream().filter(m -> !m.id().equals(only)).toList(),
                            region.projects(), region.questions(), region.ties(), region.valueChains());
                    assertThat(ValueChainAnalysis.analyse(without, chain.id(), 2).uncoveredSteps())
                            .as("seed %d step %s", run, step.stepId()).contains(step.stepId());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 10, "too few single-supplier steps to test: " + checked);
    }

    @Test
    void shouldChangeNoNumberWhenMemberAndSkillIdsAreRenamed() {
        UnaryOperator<String> member = RandomSkillNetworks.reversing("x");
        UnaryOperator<String> skill = RandomSkillNetworks.reversing("s");
        for (int run = 0; run < RUNS; run++) {
            NetworkSnapshot region = randomRegion(run);
            NetworkSnapshot renamed = RandomSkillNetworks.renamed(region, member, skill);
            for (ValueChain chain : region.valueChains()) {
                for (int k = 1; k <= 3; k++) {
                    var before = ValueChainAnalysis.analyse(region, chain.id(), k);
                    var after = ValueChainAnalysis.analyse(renamed, chain.id(), k);
                    String seed = "seed " + run + " chain " + chain.id() + " k " + k;
                    assertEquals(before.uncoveredSteps(), after.uncoveredSteps(), seed);
                    assertEquals(before.singleSupplierSteps(), after.singleSupplierSteps(), seed);
                    assertEquals(before.links(), after.links(), seed);
                    assertEquals(before.linkGaps().size(), after.linkGaps().size(), seed);
                    for (int s = 0; s < before.steps().size(); s++) {
                        assertEquals(before.steps().get(s).members().size(), after.steps().get(s).members().size(), seed);
                        assertEquals(before.steps().get(s).candidateCount(), after.steps().get(s).candidateCount(), seed);
                        assertEquals(scores(before.steps().get(s).candidates()), scores(after.steps().get(s).candidates()), seed);
                    }
                    for (int g = 0; g < before.linkGaps().size(); g++) {
                        assertEquals(before.linkGaps().get(g).candidateCount(), after.linkGaps().get(g).candidateCount(), seed);
                        assertEquals(scores(before.linkGaps().get(g).candidates()), scores(after.linkGaps().get(g).candidates()), seed);
                    }
                }
            }
        }
    }

    @Test
    void shouldBeDeterministicSortedAndFindFewerLinkGapsForLargerK() {
        for (int run = 0; run < RUNS; run++) {
            NetworkSnapshot region = randomRegion(run);
            var shuffled = new ArrayList<>(region.members());
            Collections.shuffle(shuffled, new Random(run));
            var reordered = new NetworkSnapshot(region.region(), region.dataVersion(), null, region.taxonomy(), shuffled,
                    region.projects(), region.questions(), region.ties(), region.valueChains());
            String seed = "seed " + run;
            assertEquals(ValueChainAnalysis.summary(region, 2), ValueChainAnalysis.summary(reordered, 2), seed);
            for (ValueChain chain : region.valueChains()) {
                var near = ValueChainAnalysis.analyse(region, chain.id(), 1);
                var far = ValueChainAnalysis.analyse(region, chain.id(), 3);
                assertEquals(near, ValueChainAnalysis.analyse(reordered, chain.id(), 1), seed);
                assertThat(far.linkGaps().stream().map(g -> g.fromStepId()).toList()).as(seed)
                        .isSubsetOf(near.linkGaps().stream().map(g -> g.fromStepId()).toList());
                assertThat(near.steps()).extracting(StepCoverage::position).as(seed).isSorted();
                for (StepCoverage step : near.steps()) {
                    assertThat(step.members()).extracting(m -> m.memberId()).as(seed).isSorted();
                    assertThat(step.candidates()).as(seed).hasSizeLessThanOrEqualTo(ChainWeights.MAX_CANDIDATES)
                            .isSortedAccordingTo(Comparator.comparingDouble(Candidate::score).reversed()
                                    .thenComparing(Candidate::memberId));
                }
            }
        }
    }

    private static List<Double> scores(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::score).toList();
    }
}
