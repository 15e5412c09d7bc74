package org.coopgraph.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PartnerOriginsTest {

    private final PartnerOrigins origins = new PartnerOrigins(Map.of("veen", List.of("https://www.coop.nl", " HTTPS://School.NL/ ")));

    @Test
    void originsAreMatchedExactlyAndPerRegion() {
        assertThat(origins.allows("veen", "https://www.coop.nl")).isTrue();
        assertThat(origins.allows("veen", "https://school.nl")).isTrue();
        assertThat(origins.allows("veen", "https://www.coop.nl.evil.example")).isFalse();
        assertThat(origins.allows("veen", "http://www.coop.nl")).isFalse();
        assertThat(origins.allows("other", "https://www.coop.nl")).isFalse();
        assertThat(origins.allows("veen", null)).isFalse();
    }

    @Test
    void frameAncestorsListTheServiceAndThePartners() {
        assertThat(origins.frameAncestors("veen")).isEqualTo("frame-ancestors 'self' https://www.coop.nl https://school.nl");
        assertThat(origins.frameAncestors("other")).isEqualTo("frame-ancestors 'self'");
    }

    @Test
    void anythingButSchemeHostAndPortStopsStartUp() {
        for (String bad : new String[] {"https://a.nl/path", "a.nl", "https://a.nl; script-src *", "*", "https://a.nl 'unsafe-inline'"}) {
            assertThatThrownBy(() -> new PartnerOrigins(Map.of("r", List.of(bad)))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed-origins.r");
        }
        assertThat(new PartnerOrigins(Map.of("r", List.of("http://localhost:8081"))).of("r")).containsExactly("http://localhost:8081");
    }

    @Test
    void propertiesBindPerRegionWithCommaSeparatedOrigins() {
        var source = new MapConfigurationPropertySource(Map.of(
                "coopgraph.embed.allowed-origins.veen-kolonien", "https://a.nl,https://b.nl",
                "coopgraph.embed.max-token-ttl", "2h"));
        EmbedProperties properties = new Binder(source).bind("coopgraph.embed", EmbedProperties.class).get();
        assertThat(properties.allowedOrigins()).containsEntry("veen-kolonien", List.of("https://a.nl", "https://b.nl"));
        assertThat(properties.maxTokenTtl()).hasHours(2);
        assertThat(properties.tokenSecret()).isNull();
    }
}
