package org.coopgraph.api.config;

import org.apache.catalina.core.StandardHost;
import org.coopgraph.api.errors.ProblemReportValve;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** Servlet plumbing shared by all features. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
            @Value("${coopgraph.http.max-body-size:64MB}") DataSize maxBodySize,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(maxBodySize.toBytes(), resolver));
        registration.addUrlPatterns("/*");
        // After the API key filter: an unauthorised upload is refused whatever its size.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Utf8BodyFilter> utf8BodyFilter() {
        var registration = new FilterRegistrationBean<>(new Utf8BodyFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 35);
        return registration;
    }

    /** Requests Tomcat refuses before Spring sees them are answered with problem+json too. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
