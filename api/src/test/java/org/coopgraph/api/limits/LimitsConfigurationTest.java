package org.coopgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.Ordered;

class LimitsConfigurationTest {

    @Test
    void theAddressLimitRunsBeforeAuthenticationAndTheKeyLimitAfterIt() {
        int apiKeyFilterOrder = Ordered.HIGHEST_PRECEDENCE + 20; // SecurityConfiguration's filter until Spring Security
        assertThat(LimitsConfiguration.PER_IP_ORDER).isLessThan(apiKeyFilterOrder).isLessThan(LimitsConfiguration.SECURITY_ORDER);
        assertThat(LimitsConfiguration.PER_KEY_ORDER).isGreaterThan(LimitsConfiguration.SECURITY_ORDER);
        assertThat(LimitsConfiguration.SECURITY_ORDER).as("Spring Boot's spring.security.filter.order default").isEqualTo(-100);
    }

    @Test
    void unsetValuesFallBackToTheDocumentedDefaults() {
        var defaults = new RateLimitProperties(null, null, null, null, null, null, null);
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.perIp()).isEqualTo(new RateLimitProperties.Rate(20, 100));
        assertThat(defaults.perKey()).isEqualTo(new RateLimitProperties.Rate(50, 250));
        assertThat(defaults.writes()).isEqualTo(new RateLimitProperties.Rate(5, 20));
        assertThat(defaults.maxClients()).isEqualTo(100_000L);
        assertThat(defaults.idleAfter()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.trustedProxy()).isFalse();
    }

    @Test
    void aRateBelowOneIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new RateLimitProperties.Rate(0, 10)).hasMessageContaining("per-second >= 1");
        assertThatThrownBy(() -> new RateLimitProperties.Rate(5, 0)).hasMessageContaining("burst >= 1");
    }

    @Test
    void importCapsAreFoundWhateverCaseTheKeyWasWrittenIn() {
        var limits = new ImportLimits(Map.of("valueChains", 3, "members", 10, "Ties", 7));
        assertThat(limits.maxEntries("valueChains")).isEqualTo(3);
        assertThat(limits.maxEntries("value-chains")).isEqualTo(3);
        assertThat(limits.maxEntries("ties")).isEqualTo(7);
        assertThat(limits.maxEntries("projects")).isEqualTo(Integer.MAX_VALUE);
    }
}
