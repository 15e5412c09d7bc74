package org.coopgraph.analytics.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Question;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.Stake;
import org.coopgraph.model.Stance;
import org.junit.jupiter.api.Test;

class SuggestionScorerTest {

    private static final double AA_AB = 1 / Math.log(2) + 1 / Math.log(3);

    private final SuggestionScorer scorer = new SuggestionScorer(HandNetwork.context(), SuggestionWeights.DEFAULTS);

    @Test
    void sumsTheWeightedComponentsWithEveryContributionListed() {
        List<Suggestion> suggestions = scorer.suggest("a", SuggestionRequest.top(10));
        assertThat(suggestions).extracting(Suggestion::candidateId).containsExactly("b", "e");
        Suggestion b = suggestions.get(0);
        // structural 1 x 2.3529 + complementarity 1 x 2 + bonus 0.25 + 0.25 + chain 1 x 1 + themes 0.5 x 2.5
        assertEquals(AA_AB + 2 + 0.5 + 1 + 1.25, b.total(), 1e-12);
        assertThat(b.contributions()).extracting(Contribution::component)
                .containsExactly("structural", "complementarity", "crossSector", "valueChain", "themes");
        assertThat(b.contributions()).extracting(Contribution::value).containsExactly(AA_AB, 2.0, 0.5, 1.0, 1.25);
        Suggestion e = suggestions.get(1);
        assertEquals(1 / Math.log(3) + 0.5, e.total(), 1e-12);
        assertThat(e.contributions().get(2).evidence()).isEmpty();
    }

    @Test
    void neverSuggestsTiedLeftOrBonusOnlyMembers() {
        // c, d (ties) and x (project P) are tied to a; g left; f would only bring the sector/helix bonus.
        assertThat(scorer.suggest("a", SuggestionRequest.top(10))).extracting(Suggestion::candidateId)
                .doesNotContain("a", "c", "d", "x", "g", "f");
    }

    @Test
    void leavesOutRejectedPartnersAndThoseTheFilterRefuses() {
        assertThat(scorer.suggest("a", new SuggestionRequest(10, m -> true, Set.of("b"))))
                .extracting(Suggestion::candidateId).containsExactly("e");
        assertThat(scorer.suggest("a", new SuggestionRequest(10, m -> m.helix() == Helix.EDUCATION, Set.of())))
                .extracting(Suggestion::candidateId).containsExactly("b");
    }

    @Test
    void aMemberWithoutTiesStillGetsSuggestionsFromSkillsAndThemes() {
        // h: no ties, a question needing s2, supports energy.
        SuggestionScorer cold = new SuggestionScorer(SuggestionContext.of(withNewcomer()), SuggestionWeights.DEFAULTS);
        List<Suggestion> suggestions = cold.suggest("h", SuggestionRequest.top(10));
        assertThat(suggestions).extracting(Suggestion::candidateId).containsExactly("b", "a", "e");
        // b: has s2 (1) + energy, same stance (0.5 x 1.5) + other helix (0.25); a: energy (0.75); e: related s3 (0.5).
        assertThat(suggestions).extracting(Suggestion::total).containsExactly(2.0, 0.75, 0.5);
    }

    @Test
    void equalScoresAreOrderedByMemberId() {
        var constant = new SuggestionScorer(HandNetwork.context(),
                List.of(new SuggestionScorer.Weighted(new Constant(), 1.0)), 1.0);
        assertThat(constant.suggest("c", SuggestionRequest.top(10))).extracting(Suggestion::candidateId)
                .containsExactly("d", "e", "f", "x");
    }

    @Test
    void keepsOneSectorToItsShareOfTheList() {
        var constant = new SuggestionScorer(HandNetwork.context(),
                List.of(new SuggestionScorer.Weighted(new Constant(), 1.0)), 0.5);
        // Limit 2, share 0.5: at most 1 per sector. d and e have no sector (one group "UNKNOWN"), f is in 85.
        assertThat(constant.suggest("c", SuggestionRequest.top(2))).extracting(Suggestion::candidateId)
                .containsExactly("d", "f");
    }

    @Test
    void aMemberNotInTheSnapshotGetsNothing() {
        assertThat(scorer.suggest("g", SuggestionRequest.top(5))).isEmpty();
        assertThat(scorer.suggest("nobody", SuggestionRequest.top(5))).isEmpty();
    }

    @Test
    void diversityCapIsTheCeilingOfShareTimesLimitAndAtLeastOne() {
        assertEquals(2, SectorDiversity.cap(3, 0.34));
        assertEquals(1, SectorDiversity.cap(3, 0.3));
        assertEquals(5, SectorDiversity.cap(10, 0.5));
        assertEquals(1, SectorDiversity.cap(1, 0.1));
        assertThat(SectorDiversity.select(List.of(1, 2, 3, 4), v -> v == 3 ? "Y" : "X", 3, 0.34)).containsExactly(1, 2, 3);
        assertThat(SectorDiversity.select(List.of(1, 2, 3, 4), v -> v == 3 ? "Y" : "X", 3, 0.3)).containsExactly(1, 3);
    }

    static NetworkSnapshot withNewcomer() {
        NetworkSnapshot s = HandNetwork.snapshot();
        List<Member> members = new ArrayList<>(s.members());
        members.add(HandNetwork.member("h", Helix.INDUSTRY, null, List.of(),
                List.of(new Stake("energy", 3, 1, Stance.SUPPORTS)), null));
        List<Question> questions = new ArrayList<>(s.questions());
        questions.add(new Question("Qh", "h", "Who has s2?", LocalDate.of(2024, 5, 1), QuestionStatus.OPEN, List.of("s2"), List.of()));
        return new NetworkSnapshot(s.region(), 1, null, s.taxonomy(), members, s.projects(), questions, s.ties(), s.valueChains());
    }

    /** Everyone scores 1: isolates the ordering and diversity rules. */
    private static final class Constant implements SuggestionComponent {
        @Override
        public String name() {
            return "constant";
        }

        @Override
        public void scoreAll(SuggestionContext context, int a, double[] values) {
            java.util.Arrays.fill(values, 1.0);
        }

        @Override
        public ComponentScore score(SuggestionContext context, int a, int b) {
            return new ComponentScore(1.0, List.of());
        }
    }
}
