package org.coopgraph.analytics.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.coopgraph.model.Stance;
import org.junit.jupiter.api.Test;

class ThemeComponentTest {

    private final SuggestionContext context = HandNetwork.context();
    private final ThemeComponent component = new ThemeComponent();

    @Test
    void aSharedStanceCountsOneAndAHalfAndASharedThemeOne() {
        // energy: both SUPPORT (1.5); care: a NEUTRAL stake, b's question is about it (1).
        ComponentScore score = component.score(context, node("a"), node("b"));
        assertEquals(2.5, score.value(), 1e-12);
        assertThat(score.evidence()).containsExactly(Evidence.of(EvidenceCode.SHARED_THEME, List.of("care")),
                new Evidence(EvidenceCode.SHARED_THEME, List.of("energy"), Map.of("stance", "SUPPORTS")));
    }

    @Test
    void opposedStancesAreNoReasonToSuggest() {
        assertThat(component.score(context, node("a"), node("e"))).isEqualTo(ComponentScore.NONE);
    }

    @Test
    void stanceRules() {
        assertEquals(1.5, ThemeComponent.value(Stance.OPPOSES, Stance.OPPOSES), 0.0);
        assertEquals(1.0, ThemeComponent.value(Stance.NEUTRAL, Stance.OPPOSES), 0.0);
        assertEquals(1.0, ThemeComponent.value(null, Stance.SUPPORTS), 0.0);
        assertEquals(0.0, ThemeComponent.value(Stance.SUPPORTS, Stance.OPPOSES), 0.0);
    }

    @Test
    void scoreAllAgreesWithThePairScore() {
        ComponentAgreement.check(component, context);
    }

    private int node(String id) {
        return context.node(id);
    }
}
