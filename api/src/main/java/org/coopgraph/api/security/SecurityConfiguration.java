package org.coopgraph.api.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** The coordinator key and the filter that checks it. Deliberately small; a later issue extends it. */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    CoordinatorKey coordinatorKey(@Value("${coopgraph.security.coordinator-key:}") String configured, Environment env) {
        CoordinatorKey key = CoordinatorKey.configuredOrGenerated(configured, new SecureRandom());
        if (key.generated() && !env.acceptsProfiles(Profiles.of("cli"))) {
            // Shown once so a newcomer can try writes; set COOPGRAPH_API_KEY to keep one across runs.
            log.warn("""

                    ================================================================
                    coordinator API key for this run: {}
                    (send as 'X-API-Key: <key>'; set COOPGRAPH_API_KEY to fix a key)
                    ================================================================""", key.value());
        }
        return key;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(CoordinatorKey key,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        var registration = new FilterRegistrationBean<>(new ApiKeyFilter(key, resolver));
        registration.addUrlPatterns("/*");
        // Early, so a refused write is answered before anything reads its body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
