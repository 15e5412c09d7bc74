package org.coopgraph.api.network;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.coopgraph.api.config.Neo4jConfiguration.MigratedSchema;
import org.coopgraph.cypher.Neo4jEmbedRevocations;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** Partner origins, embed tokens and the CORS filter of the network export. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbedProperties.class)
public class NetworkConfiguration {

    static final String SECRET_ENV = "COOPGRAPH_EMBED_SECRET";
    private static final Logger log = LoggerFactory.getLogger(NetworkConfiguration.class);

    @Bean
    PartnerOrigins partnerOrigins(EmbedProperties properties) {
        return new PartnerOrigins(properties.allowedOrigins());
    }

    @Bean
    EmbedTokens embedTokens(EmbedProperties properties, Environment env) {
        String secret = properties.tokenSecret();
        if (secret == null || secret.isBlank()) {
            secret = env.getProperty(SECRET_ENV);
        }
        if (secret != null && !secret.isBlank()) {
            byte[] bytes = secret.strip().getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new IllegalStateException("coopgraph.embed.token-secret (" + SECRET_ENV + ") must be at least"
                        + " 32 characters; generate one with: openssl rand -base64 32");
            }
            return new EmbedTokens(bytes, Clock.systemUTC());
        }
        // Without a configured secret, tokens only last as long as this process (and one replica).
        log.info("No embed token secret configured ({} or coopgraph.embed.token-secret): embed tokens issued now"
                + " stop working when the service restarts.", SECRET_ENV);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return new EmbedTokens(random, Clock.systemUTC());
    }

    @Bean
    EmbedTokenRevocations embedTokenRevocations(Driver driver, MigratedSchema schema,
                                                @Value("${coopgraph.cache.data-version-ttl:1s}") Duration ttl) {
        return new EmbedTokenRevocations(new Neo4jEmbedRevocations(driver), ttl, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<PartnerCorsFilter> partnerCorsFilter(PartnerOrigins origins) {
        var registration = new FilterRegistrationBean<>(new PartnerCorsFilter(origins));
        registration.addUrlPatterns("/api/*");
        // Before the API key filter, so a partner's preflight is answered without a key.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
