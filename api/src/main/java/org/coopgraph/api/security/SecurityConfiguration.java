package org.coopgraph.api.security;

import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import org.coopgraph.api.config.Neo4jConfiguration.MigratedSchema;
import org.coopgraph.cypher.Neo4jApiKeyStore;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Spring Security for API keys: stateless (no session, no cookie, so no CSRF to defend against),
 * one authentication step ({@link ApiKeyFilter}) and these rules, first match wins:
 * {@code POST /api/regions} and key management need the admin key, except listing a region's keys,
 * which its coordinators may too; every read is open (what it shows depends on {@link Access});
 * any other method under {@code /api/regions/{r}/} needs a coordinator key of r or the admin key;
 * any other non-read needs the admin key. CORS stays with the network export's own partner filter.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** The bootstrap admin key: COOPGRAPH_ADMIN_KEY, else the older COOPGRAPH_API_KEY, else one per run. */
    @Bean
    CoordinatorKey coordinatorKey(@Value("${coopgraph.security.admin-key:}") String admin,
                                  @Value("${coopgraph.security.coordinator-key:}") String legacy, Environment env) {
        String configured = admin != null && !admin.isBlank() ? admin : legacy;
        CoordinatorKey key = CoordinatorKey.configuredOrGenerated(configured, new SecureRandom());
        if (key.generated() && !env.acceptsProfiles(Profiles.of("cli"))) {
            // Shown once so a newcomer can try writes; set COOPGRAPH_ADMIN_KEY to keep one across runs.
            log.warn("""

                    ================================================================
                    admin API key for this run: {}
                    (send as 'X-API-Key: <key>'; set COOPGRAPH_ADMIN_KEY to fix a key)
                    ================================================================""", key.value());
        }
        return key;
    }

    @Bean
    ApiKeys apiKeys(Driver driver, MigratedSchema schema, CoordinatorKey adminKey) {
        return new ApiKeys(new Neo4jApiKeyStore(driver), adminKey, new SecureRandom());
    }

    /** Also the firewall's {@code RequestRejectedHandler} (Spring Security picks up the one bean of that type). */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    ProblemResponses problemResponses(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        return new ProblemResponses(resolver);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, ProblemResponses problems) {
        var paths = PathPatternRequestMatcher.withDefaults();
        var contexts = new RequestAttributeSecurityContextRepository();
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> cors.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(contexts))
                .addFilterBefore(new ApiKeyFilter(keys, problems, contexts), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.disable())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new SecurityHeaders()))
                .authorizeHttpRequests(rules -> rules
                        // The error page and forwards render answers to requests already decided.
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/api/regions")).hasRole("ADMIN")
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/api/regions/{regionId}/keys"))
                                .access(RegionAuthorization.COORDINATOR)
                        // Reads for the region's coordinators only: the audit log and the full backup.
                        .requestMatchers(paths.matcher(HttpMethod.GET, "/api/regions/{regionId}/audit"),
                                paths.matcher(HttpMethod.GET, "/api/regions/{regionId}/export"))
                                .access(RegionAuthorization.COORDINATOR)
                        .requestMatchers(paths.matcher("/api/regions/{regionId}/keys/**")).hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET).permitAll()
                        .requestMatchers(HttpMethod.HEAD).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS).permitAll()
                        .requestMatchers(paths.matcher("/api/regions/{regionId}/**")).access(RegionAuthorization.COORDINATOR)
                        .anyRequest().hasRole("ADMIN"));
        return http.build();
    }
}
