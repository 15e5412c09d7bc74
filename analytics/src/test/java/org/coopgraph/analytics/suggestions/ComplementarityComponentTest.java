package org.coopgraph.analytics.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplementarityComponentTest {

    private final SuggestionContext context = HandNetwork.context();
    private final ComplementarityComponent component = new ComplementarityComponent(0.5);

    @Test
    void countsSkillsEachSideNeedsFromTheOther() {
        // b has s2, which a's project P misses (1); a has s4, which b's question Q needs (1).
        ComponentScore score = component.score(context, node("a"), node("b"));
        assertEquals(2.0, score.value(), 1e-12);
        assertThat(score.evidence()).containsExactly(
                new Evidence(EvidenceCode.OFFERS_NEEDED_SKILL, List.of("s2", "P"),
                        java.util.Map.of("source", "PROJECT", "match", "DIRECT", "via", "s2")),
                new Evidence(EvidenceCode.NEEDS_OFFERED_SKILL, List.of("s4", "Q"),
                        java.util.Map.of("source", "QUESTION", "match", "DIRECT", "via", "s4")));
    }

    @Test
    void aRelatedSkillCountsItsShare() {
        // e has s3, a sibling of the s2 that P misses.
        ComponentScore score = component.score(context, node("a"), node("e"));
        assertEquals(0.5, score.value(), 1e-12);
        assertThat(score.evidence().get(0).params()).containsEntry("match", "RELATED").containsEntry("via", "s3");
        assertEquals(0.0, new ComplementarityComponent(0).score(context, node("a"), node("e")).value(), 0.0);
    }

    @Test
    void isSymmetricBecauseItLooksBothWays() {
        assertEquals(component.score(context, node("b"), node("a")).value(), component.score(context, node("a"), node("b")).value(), 1e-12);
        // x shares P's need for s2 with a, so b helps x too; x offers nothing b needs.
        assertEquals(1.0, component.score(context, node("x"), node("b")).value(), 1e-12);
    }

    @Test
    void membersWhoNeedAndOfferNothingScoreNothing() {
        assertThat(component.score(context, node("c"), node("f"))).isEqualTo(ComponentScore.NONE);
    }

    @Test
    void scoreAllAgreesWithThePairScore() {
        ComponentAgreement.check(component, context);
    }

    @Test
    void rejectsARelatedShareOutsideZeroToOne() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new ComplementarityComponent(1.5));
    }

    private int node(String id) {
        return context.node(id);
    }
}
