package org.coopgraph.analytics.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueChainComponentTest {

    private final SuggestionContext context = HandNetwork.context();
    private final ValueChainComponent component = new ValueChainComponent();

    @Test
    void aMemberOnTheNextStepCountsOnce() {
        // a covers k1 (25), b covers k2 (62).
        ComponentScore score = component.score(context, node("a"), node("b"));
        assertEquals(1.0, score.value(), 0.0);
        assertThat(score.evidence()).containsExactly(Evidence.of(EvidenceCode.CHAIN_NEXT_STEP, List.of("K", "k1", "k2")));
        assertThat(component.score(context, node("b"), node("a")).evidence())
                .containsExactly(Evidence.of(EvidenceCode.CHAIN_NEXT_STEP, List.of("K", "k2", "k1")));
    }

    @Test
    void stepsTwoApartAreNotNeighbours() {
        assertThat(component.score(context, node("a"), node("f"))).isEqualTo(ComponentScore.NONE);
        assertEquals(1.0, component.score(context, node("b"), node("f")).value(), 0.0);
    }

    @Test
    void membersOnTheSameStepAreNotChainNeighbours() {
        // a and x both cover k1 only.
        assertThat(component.score(context, node("a"), node("x"))).isEqualTo(ComponentScore.NONE);
    }

    @Test
    void scoreAllAgreesWithThePairScore() {
        ComponentAgreement.check(component, context);
    }

    private int node(String id) {
        return context.node(id);
    }
}
