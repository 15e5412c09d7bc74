package org.coopgraph.analytics.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossSectorComponentTest {

    private final SuggestionContext context = HandNetwork.context();
    private final CrossSectorComponent component = new CrossSectorComponent(2.0, 3.0);

    @Test
    void addsTheSectorWeightAndTheHelixWeightWhenBothDiffer() {
        ComponentScore score = component.score(context, node("a"), node("b"));
        assertEquals(5.0, score.value(), 1e-12);
        assertThat(score.evidence()).containsExactly(
                Evidence.of(EvidenceCode.OTHER_SECTOR, List.of("25", "62")),
                Evidence.of(EvidenceCode.OTHER_HELIX, List.of("INDUSTRY", "EDUCATION")));
    }

    @Test
    void comparesSectorsAtDivisionLevel() {
        // a is in 25.62, x in 25: the same division.
        assertThat(component.score(context, node("a"), node("x"))).isEqualTo(ComponentScore.NONE);
    }

    @Test
    void anUnknownSectorNeverCountsAsAnotherSector() {
        assertEquals(0.0, component.score(context, node("a"), node("c")).value(), 0.0);
        assertEquals(3.0, component.score(context, node("c"), node("f")).value(), 1e-12);
    }

    @Test
    void isABonus() {
        assertThat(component.bonus()).isTrue();
    }

    @Test
    void scoreAllAgreesWithThePairScore() {
        ComponentAgreement.check(component, context);
    }

    private int node(String id) {
        return context.node(id);
    }
}
