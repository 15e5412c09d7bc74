package org.coopgraph.analytics.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.coopgraph.analytics.RandomSkillNetworks;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Participation;
import org.coopgraph.model.Project;
import org.coopgraph.model.Stake;
import org.coopgraph.model.Stance;
import org.coopgraph.model.Tie;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random regions (plain loops, fixed seeds): what must hold for every member
 * of every region, whatever the scores.
 */
class SuggestionPropertiesTest {

    private static final int REGIONS = 25;

    @Test
    void noSuggestionIsTheMemberItselfAlreadyTiedLeftOrRejected() {
        for (long seed = 1; seed <= REGIONS; seed++) {
            Random rnd = new Random(seed);
            NetworkSnapshot snapshot = withStakes(RandomSkillNetworks.region(seed, 40 + rnd.nextInt(80), 30), rnd);
            Map<String, Set<String>> tied = tiesFromTheData(snapshot);
            SuggestionScorer scorer = new SuggestionScorer(SuggestionContext.of(snapshot), SuggestionWeights.DEFAULTS);
            for (Member member : snapshot.presentMembers()) {
                Set<String> rejected = new HashSet<>();
                snapshot.members().stream().filter(m -> rnd.nextInt(8) == 0).forEach(m -> rejected.add(m.id()));
                int limit = 1 + rnd.nextInt(15);
                List<Suggestion> suggestions = scorer.suggest(member.id(), new SuggestionRequest(limit, m -> true, rejected));
                assertThat(suggestions).hasSizeLessThanOrEqualTo(limit);
                for (Suggestion s : suggestions) {
                    String why = "seed " + seed + ": " + member.id() + " -> " + s.candidateId();
                    assertThat(s.candidateId()).as(why).isNotEqualTo(member.id());
                    assertThat(tied.getOrDefault(member.id(), Set.of())).as(why).doesNotContain(s.candidateId());
                    assertThat(snapshot.member(s.candidateId()).orElseThrow().hasLeft()).as(why).isFalse();
                    assertThat(rejected).as(why).doesNotContain(s.candidateId());
                    assertThat(s.total()).as(why).isPositive();
                }
            }
        }
    }

    @Test
    void listsAreRankedCappedPerSectorAndReproducible() {
        for (long seed = 100; seed < 100 + REGIONS; seed++) {
            Random rnd = new Random(seed);
            NetworkSnapshot snapshot = withStakes(RandomSkillNetworks.region(seed, 60 + rnd.nextInt(60), 25), rnd);
            SuggestionContext context = SuggestionContext.of(snapshot);
            double share = 0.2 + 0.8 * rnd.nextDouble();
            var weights = new SuggestionWeights(1, 1, 0.25, 0.25, 1, 0.5, 0.5, share);
            SuggestionScorer scorer = new SuggestionScorer(context, weights);
            SuggestionScorer rebuilt = new SuggestionScorer(SuggestionContext.of(snapshot), weights);
            for (Member member : snapshot.presentMembers()) {
                int limit = 1 + rnd.nextInt(12);
                List<Suggestion> first = scorer.suggest(member.id(), SuggestionRequest.top(limit));
                assertThat(rebuilt.suggest(member.id(), SuggestionRequest.top(limit))).isEqualTo(first);
                Map<String, Integer> perSector = new HashMap<>();
                for (int i = 0; i < first.size(); i++) {
                    Suggestion s = first.get(i);
                    assertEquals(s.contributions().stream().mapToDouble(Contribution::value).sum(), s.total(), 1e-9);
                    if (i > 0) {
                        Suggestion before = first.get(i - 1);
                        assertThat(before.total() > s.total() + 1e-9
                                || (Math.abs(before.total() - s.total()) <= 1e-9 && before.candidateId().compareTo(s.candidateId()) < 0))
                                .as("seed %d ranking of %s", seed, member.id()).isTrue();
                    }
                    perSector.merge(context.sector(context.node(s.candidateId())), 1, Integer::sum);
                }
                perSector.values().forEach(n -> assertThat(n).isLessThanOrEqualTo(SectorDiversity.cap(limit, share)));
            }
        }
    }

    @Test
    void everyComponentsTwoAnswersAgreeOnRandomRegions() {
        for (long seed = 200; seed < 200 + 10; seed++) {
            Random rnd = new Random(seed);
            SuggestionContext context = SuggestionContext.of(withStakes(RandomSkillNetworks.region(seed, 50, 20), rnd));
            for (SuggestionScorer.Weighted w : SuggestionScorer.defaultComponents(SuggestionWeights.DEFAULTS)) {
                ComponentAgreement.check(w.component(), context);
            }
            ComponentAgreement.check(new StructuralComponent(StructuralComponent.Index.RESOURCE_ALLOCATION), context);
        }
    }

    @Test
    void heapSelectionEqualsSortingThenTheSectorQuota() {
        Random rnd = new Random(77);
        for (int round = 0; round < 500; round++) {
            int n = 1 + rnd.nextInt(60);
            double[] total = new double[n];
            String[] sector = new String[n];
            List<Integer> sorted = new ArrayList<>();
            int[] candidates = new int[n];
            int count = 0;
            for (int v = 0; v < n; v++) {
                total[v] = rnd.nextInt(6) / 2.0; // many equal totals, to exercise the id tie-break
                sector[v] = "s" + rnd.nextInt(4);
                if (rnd.nextInt(5) > 0) {
                    candidates[count++] = v;
                    sorted.add(v);
                }
            }
            sorted.sort((x, y) -> total[x] != total[y] ? Double.compare(total[y], total[x]) : Integer.compare(x, y));
            int limit = 1 + rnd.nextInt(12);
            double share = 0.1 + 0.9 * rnd.nextDouble();
            assertThat(new RankedSelection(candidates, count, total).select(limit, share, v -> sector[v]))
                    .isEqualTo(SectorDiversity.select(sorted, v -> sector[v], limit, share));
        }
    }

    /** Pairs tied by the data itself, not by the graph the scorer builds: explicit ties, supply links, shared projects. */
    static Map<String, Set<String>> tiesFromTheData(NetworkSnapshot snapshot) {
        Map<String, Set<String>> tied = new HashMap<>();
        for (Tie t : snapshot.ties()) {
            link(tied, t.fromId(), t.toId());
        }
        for (Member m : snapshot.members()) {
            m.suppliesTo().forEach(to -> link(tied, m.id(), to));
        }
        for (Project p : snapshot.projects()) {
            for (Participation x : p.participants()) {
                for (Participation y : p.participants()) {
                    link(tied, x.memberId(), y.memberId());
                }
            }
        }
        return tied;
    }

    private static void link(Map<String, Set<String>> tied, String a, String b) {
        tied.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        tied.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }

    /** Adds random stakes in four themes (the random regions have none), so the theme component has work. */
    static NetworkSnapshot withStakes(NetworkSnapshot s, Random rnd) {
        List<Member> members = new ArrayList<>();
        for (Member m : s.members()) {
            List<Stake> stakes = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                if (rnd.nextInt(4) == 0) {
                    stakes.add(new Stake("t" + t, 1 + rnd.nextInt(5), 1 + rnd.nextInt(5), Stance.values()[rnd.nextInt(3)]));
                }
            }
            members.add(new Member(m.id(), m.name(), m.kind(), m.helix(), m.municipality(), m.sizeClass(), m.website(),
                    m.publicProfile(), m.joined(), m.left(), m.sectors(), m.skills(), m.teaches(), m.suppliesTo(), stakes));
        }
        return new NetworkSnapshot(s.region(), s.dataVersion(), null, s.taxonomy(), members, s.projects(), s.questions(),
                s.ties(), s.valueChains());
    }
}
