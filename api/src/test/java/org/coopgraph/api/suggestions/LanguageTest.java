package org.coopgraph.api.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void dutchWhenTheCallerPrefersItOverEnglish() {
        assertThat(Language.of("nl")).isEqualTo(Language.NL);
        assertThat(Language.of("nl-BE")).isEqualTo(Language.NL);
        assertThat(Language.of("de-DE, nl;q=0.5, en;q=0.3")).isEqualTo(Language.NL);
    }

    @Test
    void englishOtherwise() {
        assertThat(Language.of(null)).isEqualTo(Language.EN);
        assertThat(Language.of("")).isEqualTo(Language.EN);
        assertThat(Language.of("en-GB, nl;q=0.8")).isEqualTo(Language.EN);
        assertThat(Language.of("fr")).isEqualTo(Language.EN);
        assertThat(Language.of("nl;q=0")).isEqualTo(Language.EN);
        assertThat(Language.of(";;;q=x")).isEqualTo(Language.EN);
    }
}
