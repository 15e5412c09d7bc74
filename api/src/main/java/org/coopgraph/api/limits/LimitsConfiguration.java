package org.coopgraph.api.limits;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The rate-limit filters, placed around authentication: the per-IP limit first of all (before Spring
 * Security's chain at order {@value #SECURITY_ORDER}, and before the body is read), the per-key limit
 * right after the security chain, where the request's principal names the key; the query length
 * limit ({@link QueryLengthFilter}). Also binds the
 * import caps ({@link ImportLimits}), which the command line uses as well.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RateLimitProperties.class, ImportLimits.class})
public class LimitsConfiguration {

    /** Spring Boot's default order of the Spring Security filter chain ({@code spring.security.filter.order}). */
    static final int SECURITY_ORDER = -100;
    static final int PER_IP_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;
    static final int PER_KEY_ORDER = SECURITY_ORDER + 10;
    /** After the per-IP limit, beside the body size limit: a cheap look at the query string. */
    static final int QUERY_ORDER = Ordered.HIGHEST_PRECEDENCE + 40;

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<RateLimitFilter> perIpRateLimitFilter(RateLimitProperties limits,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        var limiter = new RateLimiter(limits.perIp(), limits.maxClients(), limits.idleAfter());
        return registration(RateLimitFilter.perIp(limiter, limits.trustedProxy(), resolver), PER_IP_ORDER, limits);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<RateLimitFilter> perKeyRateLimitFilter(RateLimitProperties limits,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        var keys = new RateLimiter(limits.perKey(), limits.maxClients(), limits.idleAfter());
        var writes = new RateLimiter(limits.writes(), limits.maxClients(), limits.idleAfter());
        return registration(RateLimitFilter.perKey(keys, writes, limits.trustedProxy(), resolver), PER_KEY_ORDER, limits);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<QueryLengthFilter> queryLengthFilter(@Value("${coopgraph.limits.query.max-length:200}") int maxLength,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        var registration = new FilterRegistrationBean<>(new QueryLengthFilter(maxLength, resolver));
        registration.addUrlPatterns("/*");
        registration.setOrder(QUERY_ORDER);
        return registration;
    }

    private static FilterRegistrationBean<RateLimitFilter> registration(RateLimitFilter filter, int order,
                                                                        RateLimitProperties limits) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/*");
        registration.setOrder(order);
        registration.setEnabled(limits.enabled());
        return registration;
    }
}
