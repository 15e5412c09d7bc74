package org.coopgraph.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.exampleDocument;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Embed tokens end to end: issuing, using, tampering, expiry, another region, the public-only grant. */
class EmbedTokenIntegrationTest extends EmbeddedContextTestBase {

    private static final String A = "/api/regions/it-token-a";
    private static final String B = "/api/regions/it-token-b";

    @Autowired
    CoordinatorKey key;
    @Autowired
    EmbedTokens tokens;

    private FeatureClient api;

    @BeforeEach
    void importRegions() {
        api = new FeatureClient(port, key.value());
        assertThat(api.post(A + "/import", exampleDocument("it-token-a")).statusCode()).isEqualTo(200);
        assertThat(api.post(B + "/import", exampleDocument("it-token-b")).statusCode()).isEqualTo(200);
    }

    private String issue(String region, String view) {
        var response = api.post(region + "/embed-tokens", "{\"view\": \"" + view + "\", \"ttlMinutes\": 30}");
        assertThat(response.statusCode()).isEqualTo(201);
        return json(response).at("/token").asString();
    }

    private HttpResponse<String> withHeader(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Embed-Token", token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).at("/status").asInt()).isEqualTo(status);
    }

    @Test
    void aFullTokenOpensTheFullViewOfItsRegionByParameterOrHeader() throws Exception {
        String token = issue(A, "full");
        var byParameter = api.publicGet(A + "/network?year=2022&token=" + token);
        assertThat(byParameter.statusCode()).isEqualTo(200);
        assertThat(byParameter.body()).contains("J. Bakker Advies");
        assertThat(json(byParameter).at("/view").asString()).isEqualTo("full");
        assertThat(withHeader(A + "/network?view=full&year=2022", token).body()).contains("j-bakker");
        assertThat(byParameter.headers().firstValue("Cache-Control")).hasValue("no-cache, private");
    }

    @Test
    void issuingAnswersTheEmbedAddressAndASnippet() {
        var body = json(api.post(A + "/embed-tokens", "{\"view\": \"full\", \"ttlMinutes\": 60}"));
        assertThat(body.at("/embedUrl").asString()).startsWith("http://127.0.0.1:" + port + "/embed/it-token-a?view=full&token=");
        assertThat(body.at("/iframe").asString()).startsWith("<iframe src=\"http://127.0.0.1:").contains("title=\"Voorbeeld");
        Instant expires = Instant.parse(body.at("/expiresAt").asString());
        assertThat(expires).isBetween(Instant.now().plusSeconds(59 * 60), Instant.now().plusSeconds(61 * 60));
    }

    @Test
    void aTokenNeverOpensAnotherRegion() {
        assertProblem(api.publicGet(B + "/network?view=full&token=" + issue(A, "full")), 403);
    }

    @Test
    void tamperedExpiredAndPublicOnlyTokensAreRefused() {
        String token = issue(A, "full");
        String tampered = token.substring(0, 5) + (token.charAt(5) == 'x' ? 'y' : 'x') + token.substring(6);
        assertProblem(api.publicGet(A + "/network?view=full&token=" + tampered), 401);
        String expired = tokens.sign(new EmbedToken("it-token-a", View.FULL, Instant.now().minusSeconds(60), Instant.now().minusSeconds(5)));
        var response = api.publicGet(A + "/network?view=full&token=" + expired);
        assertProblem(response, 401);
        assertThat(json(response).at("/detail").asString()).contains("expired");
        assertProblem(api.publicGet(A + "/network?token=" + tampered), 401);     // checked even for the public view
        assertProblem(api.publicGet(A + "/network?view=full&token=" + issue(A, "public")), 403);
        assertThat(api.publicGet(A + "/network?token=" + issue(A, "public")).body()).doesNotContain("Bakker");
    }

    @Test
    void onlyCoordinatorsIssueTokensAndTheRequestIsChecked() throws Exception {
        var anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + A
                + "/embed-tokens")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"view\": \"full\", \"ttlMinutes\": 5}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(anonymous, 401);
        assertProblem(api.post(A + "/embed-tokens", "{\"view\": \"all\", \"ttlMinutes\": 5}"), 400);
        assertProblem(api.post(A + "/embed-tokens", "{\"view\": \"full\", \"ttlMinutes\": 0}"), 400);
        assertProblem(api.post(A + "/embed-tokens", "{\"view\": \"full\", \"ttlMinutes\": 9999999}"), 400);
        assertProblem(api.post(A + "/embed-tokens", "{\"ttlMinutes\": 5}"), 400);
        assertProblem(api.post("/api/regions/it-token-none/embed-tokens", "{\"view\": \"full\", \"ttlMinutes\": 5}"), 404);
    }

    @Test
    void aRevocationKillsTheRegionsTokensIssuedSoFarAndNoOthers() throws Exception {
        String c = "/api/regions/it-token-c";
        assertThat(api.post(c + "/import", exampleDocument("it-token-c")).statusCode()).isEqualTo(200);
        String old = issue(c, "full");
        String otherRegion = issue(A, "full");
        assertThat(api.publicGet(c + "/network?view=full&token=" + old).statusCode()).isEqualTo(200);

        var revoked = api.delete(c + "/embed-tokens");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(json(revoked).at("/regionId").asString()).isEqualTo("it-token-c");
        Instant before = Instant.parse(json(revoked).at("/revokedBefore").asString());
        assertThat(before).isBetween(Instant.now().minusSeconds(60), Instant.now());

        var refused = api.publicGet(c + "/network?view=full&token=" + old);
        assertProblem(refused, 401);
        assertThat(json(refused).at("/detail").asString()).contains("revoked");
        assertProblem(api.publicGet(c + "/network?token=" + old), 401);          // also for the public view
        assertThat(api.publicGet(c + "/network?view=full&token=" + issue(c, "full")).statusCode()).isEqualTo(200);
        assertThat(api.publicGet(A + "/network?view=full&token=" + otherRegion).statusCode()).isEqualTo(200);
        var anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + c
                + "/embed-tokens")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(anonymous, 401);
        assertProblem(api.delete("/api/regions/it-token-none/embed-tokens"), 404);
    }
}
