package org.coopgraph.analytics.competences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.coopgraph.analytics.RandomSkillNetworks;
import org.coopgraph.analytics.competences.CompetenceResult.Candidate;
import org.coopgraph.analytics.competences.CompetenceResult.MissingSkill;
import org.coopgraph.analytics.competences.CompetenceResult.SkillBalance;
import org.coopgraph.analytics.competences.CompetenceResult.Trainer;
import org.coopgraph.model.NetworkSnapshot;
import org.junit.jupiter.api.Test;

/** Properties over seeded random regions (plain JUnit loops; each seed is reported on failure). */
class CompetencePropertiesTest {

    private static final int RUNS = 30;

    private static NetworkSnapshot randomRegion(int run) {
        Random sizes = new Random(1000 + run);
        return RandomSkillNetworks.region(run, 20 + sizes.nextInt(180), 10 + sizes.nextInt(50));
    }

    @Test
    void shouldChangeNoNumberWhenIdsAreRenamed() {
        UnaryOperator<String> member = RandomSkillNetworks.reversing("x");
        UnaryOperator<String> skill = RandomSkillNetworks.reversing("s");
        for (int run = 0; run < RUNS; run++) {
            NetworkSnapshot original = randomRegion(run);
            var before = CompetenceAnalysis.analyse(original);
            var after = CompetenceAnalysis.analyse(RandomSkillNetworks.renamed(original, member, skill));
            Map<String, SkillBalance> renamedLines = after.skills().stream().collect(Collectors.toMap(SkillBalance::skillId, l -> l));

            assertEquals(before.skills().size(), after.skills().size(), "seed " + run);
            for (SkillBalance line : before.skills()) {
                SkillBalance other = renamedLines.get(skill.apply(line.skillId()));
                assertEquals(line.demand(), other.demand(), "seed " + run + " " + line.skillId());
                assertEquals(line.supply(), other.supply(), "seed " + run + " " + line.skillId());
                assertEquals(line.gap(), other.gap(), 0.0, "seed " + run);
                assertEquals(matches(line.trainers()), matches(other.trainers()), "seed " + run);
            }
            assertThat(after.missingSkills()).as("seed " + run).containsExactlyInAnyOrderElementsOf(
                    before.missingSkills().stream().map(skill).toList());
            assertThat(after.thinSkills()).as("seed " + run).containsExactlyInAnyOrderElementsOf(before.thinSkills().stream()
                    .map(t -> new CompetenceResult.ThinSkill(skill.apply(t.skillId()), member.apply(t.memberId()))).toList());
            assertEquals(before.leftOnlySkills().size(), after.leftOnlySkills().size(), "seed " + run);
            assertEquals(before.projects().size(), after.projects().size(), "seed " + run);
            for (int p = 0; p < before.projects().size(); p++) {
                Map<String, MissingSkill> renamedMissing = after.projects().get(p).missing().stream()
                        .collect(Collectors.toMap(MissingSkill::skillId, m -> m));
                for (MissingSkill missing : before.projects().get(p).missing()) {
                    MissingSkill other = renamedMissing.get(skill.apply(missing.skillId()));
                    assertEquals(missing.candidateCount(), other.candidateCount(), "seed " + run);
                    assertEquals(missing.bestParticipantLevel(), other.bestParticipantLevel(), "seed " + run);
                    assertEquals(ranks(missing.candidates()), ranks(other.candidates()), "seed " + run);
                }
            }
        }
    }

    @Test
    void shouldGiveEqualResultsForTheSameDataInAnyInputOrder() {
        for (int run = 0; run < RUNS; run++) {
            NetworkSnapshot original = randomRegion(run);
            var shuffled = new ArrayList<>(original.members());
            Collections.shuffle(shuffled, new Random(run));
            NetworkSnapshot reordered = new NetworkSnapshot(original.region(), original.dataVersion(), null, original.taxonomy(),
                    shuffled, reversed(original.projects()), reversed(original.questions()), reversed(original.ties()),
                    reversed(original.valueChains()));

            assertEquals(CompetenceAnalysis.analyse(original), CompetenceAnalysis.analyse(original), "seed " + run);
            assertEquals(CompetenceAnalysis.analyse(original), CompetenceAnalysis.analyse(reordered), "seed " + run);
        }
    }

    @Test
    void shouldKeepEveryListSortedAndEveryFlagConsistentWithItsNumbers() {
        for (int run = 0; run < RUNS; run++) {
            var result = CompetenceAnalysis.analyse(randomRegion(run));
            String seed = "seed " + run;

            assertThat(result.skills()).extracting(SkillBalance::skillId).as(seed).isSorted().doesNotHaveDuplicates();
            assertThat(result.thinSkills()).extracting(t -> t.skillId()).as(seed).isSorted();
            assertThat(result.leftOnlySkills()).extracting(t -> t.skillId()).as(seed).isSorted();
            assertThat(result.projects()).extracting(g -> g.projectId()).as(seed).isSorted();
            for (SkillBalance line : result.skills()) {
                assertEquals(Math.max(0, line.demand().total() - line.supply().total()), line.gap(), 1e-9, seed);
                assertEquals(line.supply().direct() + line.supply().partial(), line.supply().total(), 1e-9, seed);
                assertEquals(line.supply().suppliers() == 1, result.thinSkills().stream().anyMatch(t -> t.skillId().equals(line.skillId())), seed);
                assertEquals(line.demand().total() > 0 && line.supply().suppliers() == 0, result.missingSkills().contains(line.skillId()), seed);
            }
            Map<String, Double> demand = result.skills().stream().collect(Collectors.toMap(SkillBalance::skillId, l -> l.demand().total()));
            assertThat(result.missingSkills()).as(seed).isSortedAccordingTo(
                    Comparator.comparing((String s) -> -demand.get(s)).thenComparing(Function.identity()));
            result.projects().forEach(g -> g.missing().forEach(m -> {
                assertThat(m.candidates()).as(seed).hasSizeLessThanOrEqualTo(CompetenceWeights.MAX_CANDIDATES);
                assertThat(m.candidates()).as(seed).isSortedAccordingTo(Comparator.comparing(Candidate::match)
                        .thenComparing(Comparator.comparingInt(Candidate::level).reversed()).thenComparing(Candidate::memberId));
            }));
        }
    }

    private static List<String> matches(List<Trainer> trainers) {
        return trainers.stream().map(t -> t.match().name()).toList();
    }

    private static List<String> ranks(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.match() + ":" + c.level()).toList();
    }

    private static <T> List<T> reversed(List<T> values) {
        var copy = new ArrayList<>(values);
        Collections.reverse(copy);
        return copy;
    }
}
