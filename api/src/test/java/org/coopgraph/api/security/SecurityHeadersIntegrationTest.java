package org.coopgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.security.KeyedHttp.json;

import java.net.http.HttpResponse;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The security headers on API answers, errors, the embed page and Swagger UI; health and CORS as the public sees them. */
class SecurityHeadersIntegrationTest extends EmbeddedContextTestBase {

    private static final String R = "acc-headers";
    private static final String ANALYSIS = "/api/regions/" + R + "/analysis/cross-sector";
    private static boolean imported;

    @Autowired
    CoordinatorKey admin;

    private KeyedHttp api;

    @BeforeEach
    void region() {
        api = new KeyedHttp(port);
        if (!imported) {
            api.importExample(R, admin.value());
            imported = true;
        }
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().allValues(name).size() == 1 ? response.headers().firstValue(name).get()
                : "count " + response.headers().allValues(name).size();
    }

    private static void assertBaseHeaders(HttpResponse<String> response) {
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void apiAnswersAndErrorsMayNotBeFramedOrLoadAnything() {
        for (var response : java.util.List.of(api.get("/api/regions/" + R, null), api.get("/api/regions/acc-none", null),
                api.post("/api/regions/" + R + "/members", "{}", null))) {
            assertBaseHeaders(response);
            assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
            assertThat(header(response, "Content-Security-Policy"))
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        }
    }

    @Test
    void keyedAnswersAreNeverStoredWhilePublicAnalysesStillRevalidate() {
        var keyed = api.get(ANALYSIS, admin.value());
        assertThat(keyed.statusCode()).isEqualTo(200);
        assertThat(header(keyed, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(api.get("/api/regions/" + R + "/members", admin.value()), "Cache-Control")).isEqualTo("no-store");

        var open = api.get(ANALYSIS, null);
        assertThat(header(open, "Cache-Control")).isEqualTo("no-cache");
        String etag = open.headers().firstValue("ETag").orElseThrow();
        var again = api.send("GET", ANALYSIS, null, null, false, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(keyed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void theEmbedPageKeepsItsOwnFramePolicyAndNoFrameDenial() {
        var page = api.get("/embed/" + R, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertBaseHeaders(page);
        assertThat(page.headers().allValues("X-Frame-Options")).isEmpty();
        assertThat(header(page, "Content-Security-Policy")).startsWith("default-src 'none'; script-src 'self';")
                .endsWith("; frame-ancestors 'self'");
    }

    @Test
    void swaggerUiGetsAPolicyItCanLoadUnderAndTheApiDocsOfferAnApiKey() {
        var ui = api.get("/swagger-ui/index.html", null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(header(ui, "Content-Security-Policy")).isEqualTo(SecurityHeaders.SWAGGER_POLICY);
        var docs = json(api.get("/v3/api-docs", null));
        assertThat(docs.at("/components/securitySchemes/apiKey/type").asString()).isEqualTo("apiKey");
        assertThat(docs.at("/components/securitySchemes/apiKey/in").asString()).isEqualTo("header");
        assertThat(docs.at("/components/securitySchemes/apiKey/name").asString()).isEqualTo("X-API-Key");
    }

    @Test
    void healthShowsTheStatusToEveryoneAndDetailsOnlyToTheAdmin() {
        var open = json(api.get("/actuator/health", null));
        assertThat(open.at("/status").asString()).isEqualTo("UP");
        assertThat(open.has("components")).isFalse();
        String coordinator = api.issueKey(R, "coordinator", admin.value());
        assertThat(json(api.get("/actuator/health", coordinator)).has("components")).isFalse();
        var detailed = json(api.get("/actuator/health", admin.value()));
        assertThat(detailed.at("/components/neo4j/details/mode").asString()).isEqualTo("embedded");
    }

    @Test
    void noCorsHeadersForAnOriginThatIsNoPartner() {
        var members = api.send("GET", "/api/regions/" + R + "/members", null, null, false, "Origin", "https://evil.example");
        assertThat(members.headers().allValues("Access-Control-Allow-Origin")).isEmpty();
        var preflight = api.send("OPTIONS", "/api/regions/" + R + "/members", null, null, false,
                "Origin", "https://evil.example", "Access-Control-Request-Method", "POST");
        assertThat(preflight.headers().allValues("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().allValues("Access-Control-Allow-Methods")).isEmpty();
    }

    @Test
    void aRefusalSaysHowToSendAKeyInProblemJson() {
        var refused = api.post("/api/regions/" + R + "/members", "{}", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(header(refused, "Content-Type")).isEqualTo("application/problem+json");
        assertThat(header(refused, "WWW-Authenticate")).isEqualTo("Bearer realm=\"coopgraph\"");
        assertThat(json(refused).at("/instance").asString()).isEqualTo("/api/regions/" + R + "/members");
        assertThat(json(refused).at("/detail").asString()).isEqualTo("This request changes data and needs an API key with"
                + " the coordinator role for region '" + R + "' (or the admin key): send it as header 'X-API-Key: <key>'"
                + " or 'Authorization: Bearer <key>'.");
        String analyst = api.issueKey(R, "analyst", admin.value());
        var forbidden = api.post("/api/regions/" + R + "/members", "{}", analyst);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(json(forbidden).at("/type").asString()).isEqualTo("https://coopgraph.org/problems/forbidden");
        assertThat(json(forbidden).at("/detail").asString()).startsWith("Refused for key k_")
                .endsWith("(analyst of region '" + R + "'): changing region '" + R + "' needs a coordinator key of that"
                        + " region or the admin key.");
    }
}
