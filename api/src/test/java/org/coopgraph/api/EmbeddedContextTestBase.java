package org.coopgraph.api;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one full application context of the api tests, with a real embedded Neo4j in a fresh directory
 * under target/. Test classes that extend this and add no configuration of their own share the
 * context (Spring caches it), so the database starts once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EmbeddedContextTestBase {

    /** Computed once: the property supplier is called on every lookup. */
    private static final String DATA_DIR = "target/neo4j-test-" + UUID.randomUUID();

    @LocalServerPort
    protected int port;

    protected HttpProbe http;

    @DynamicPropertySource
    static void embeddedDatabase(DynamicPropertyRegistry registry) {
        registry.add("coopgraph.neo4j.data-dir", () -> DATA_DIR);
        // Fail fast while the database is down in the recovery test instead of retrying for 5 s.
        registry.add("coopgraph.neo4j.max-retry-time", () -> "1s");
        // Every test talks from 127.0.0.1: the shared context must not rate-limit them (RateLimitIntegrationTest
        // checks the limits with a context of its own).
        for (String limit : new String[] {"per-ip", "per-key", "writes"}) {
            registry.add("coopgraph.limits.rate." + limit + ".per-second", () -> "1000000");
            registry.add("coopgraph.limits.rate." + limit + ".burst", () -> "1000000");
        }
    }

    @BeforeEach
    void http() {
        http = new HttpProbe(port);
    }
}
