package org.coopgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class CoordinatorKeyTest {

    @Test
    void shouldMatchOnlyTheConfiguredKey() {
        var key = CoordinatorKey.configuredOrGenerated("abc", new SecureRandom());
        assertThat(key.matches("abc")).isTrue();
        assertThat(key.matches("abd")).isFalse();
        assertThat(key.matches("abcd")).isFalse();
        assertThat(key.matches("")).isFalse();
        assertThat(key.matches(null)).isFalse();
    }

    @Test
    void shouldGenerateADifferentUrlSafeKeyWhenNoneIsConfigured() {
        var first = CoordinatorKey.configuredOrGenerated("  ", new SecureRandom());
        var second = CoordinatorKey.configuredOrGenerated(null, new SecureRandom());
        assertThat(first.generated()).isTrue();
        assertThat(first.value()).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(first.matches(first.value())).isTrue();
    }

    @Test
    void shouldNeverShowTheKeyInItsStringForm() {
        assertThat(CoordinatorKey.configuredOrGenerated("abc", new SecureRandom()).toString()).doesNotContain("abc");
    }
}
