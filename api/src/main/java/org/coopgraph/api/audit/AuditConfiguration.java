package org.coopgraph.api.audit;

import java.time.Clock;
import org.coopgraph.api.config.Neo4jConfiguration.MigratedSchema;
import org.coopgraph.cypher.Neo4jAuditLog;
import org.coopgraph.model.port.AuditLog;
import org.coopgraph.model.port.NetworkStore;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The audit log on the shared driver (after the migrations), and the interceptor that feeds it. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditLog auditLog(Driver driver, MigratedSchema schema) {
        return new Neo4jAuditLog(driver);
    }

    @Bean
    Auditor auditor(AuditLog auditLog, NetworkStore store) {
        return new Auditor(auditLog, store, Clock.systemUTC());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web implements WebMvcConfigurer {

        private final ObjectProvider<Auditor> auditor;

        /** A provider: controller slice tests load web configurers without the database and its beans. */
        Web(ObjectProvider<Auditor> auditor) {
            this.auditor = auditor;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            auditor.ifAvailable(a -> registry.addInterceptor(new AuditInterceptor(a)).addPathPatterns("/api/**"));
        }
    }
}
