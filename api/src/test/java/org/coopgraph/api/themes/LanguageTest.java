package org.coopgraph.api.themes;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopgraph.analytics.agenda.GridPosition;
import org.coopgraph.analytics.agenda.SalienceClass;
import org.coopgraph.model.Helix;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void prefersDutchOnlyWhenTheCallerRanksItAboveEnglish() {
        assertThat(Language.of("nl")).isEqualTo(Language.NL);
        assertThat(Language.of("nl-BE,en;q=0.8")).isEqualTo(Language.NL);
        assertThat(Language.of("en;q=0.9,nl;q=0.5")).isEqualTo(Language.EN);
        assertThat(Language.of("de,fr")).isEqualTo(Language.EN);
        assertThat(Language.of(null)).isEqualTo(Language.EN);
        assertThat(Language.of(";;q=x")).isEqualTo(Language.EN);
    }

    @Test
    void labelsEveryValueInBothLanguages() {
        for (var values : new Enum<?>[][] {GridPosition.values(), SalienceClass.values(), Helix.values()}) {
            for (Enum<?> value : values) {
                assertThat(Labels.of(value, Language.EN)).as(value.name()).isNotBlank().isNotEqualTo(value.name());
                assertThat(Labels.of(value, Language.NL)).as(value.name()).isNotBlank();
            }
        }
        assertThat(Labels.of(GridPosition.MANAGE_CLOSELY, Language.NL)).isEqualTo("nauw betrekken");
    }
}
