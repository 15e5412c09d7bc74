package org.coopgraph.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.exampleDocument;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The export over HTTP against the embedded database. The example region has starch-works and
 * green-college (public profiles) and j-bakker (no consent, no sector, member 2021-2023).
 */
class NetworkIntegrationTest extends EmbeddedContextTestBase {

    private static final String R = "/api/regions/it-network";

    @Autowired
    CoordinatorKey key;

    private FeatureClient api;

    @BeforeEach
    void importRegion() {
        api = new FeatureClient(port, key.value());
        assertThat(api.post(R + "/import", exampleDocument("it-network")).statusCode()).isEqualTo(200);
    }

    @Test
    void publicCallersGetThePublicViewWithTheHiddenMemberFolded() {
        var response = api.publicGet(R + "/network?year=2022");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("j-bakker").doesNotContain("Bakker");
        var body = json(response);
        assertThat(body.at("/view").asString()).isEqualTo("public");
        assertThat(body.at("/counts/hiddenMembers").asInt()).isEqualTo(1);
        assertThat(body.at("/elements/nodes/2/data/id").asString()).isEqualTo("sector:none");
        assertThat(body.at("/elements/nodes/2/data/label").asString()).isEqualTo("1 member without a sector");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
    }

    @Test
    void coordinatorsGetTheFullViewByDefault() {
        var body = json(api.get(R + "/network?year=2022"));
        assertThat(body.at("/view").asString()).isEqualTo("full");
        assertThat(body.toString()).contains("\"j-bakker\"", "J. Bakker Advies");
        assertThat(api.get(R + "/network?view=public&year=2022").body()).doesNotContain("j-bakker");
    }

    @Test
    void theFullViewWithoutKeyOrTokenIsAProblem401() {
        var response = api.publicGet(R + "/network?view=full");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).at("/type").asString()).isEqualTo("https://coopgraph.org/problems/unauthorized");
    }

    @Test
    void eachFormatHasItsMediaTypeAndTheSameETagAnswers304() throws Exception {
        var gexf = api.publicGet(R + "/network?format=gexf");
        assertThat(gexf.headers().firstValue("Content-Type")).hasValue("application/gexf+xml;charset=UTF-8");
        assertThat(gexf.body()).contains("xmlns=\"http://gexf.net/1.3\"", "viz:position");
        var graphml = api.publicGet(R + "/network?format=graphml");
        assertThat(graphml.headers().firstValue("Content-Type")).hasValue("application/graphml+xml;charset=UTF-8");
        assertThat(graphml.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"it-network-network-public.graphml\"");
        String etag = gexf.headers().firstValue("ETag").orElseThrow();
        assertThat(graphml.headers().firstValue("ETag")).isNotEqualTo(etag);
        var again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + R
                + "/network?format=gexf")).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aWriteChangesTheETag() {
        String before = api.publicGet(R + "/network").headers().firstValue("ETag").orElseThrow();
        assertThat(api.post(R + "/import", exampleDocument("it-network").replace("\"weight\": 2.0", "\"weight\": 3.0"))
                .statusCode()).isEqualTo(200);
        assertThat(api.publicGet(R + "/network").headers().firstValue("ETag")).isNotEqualTo(before);
    }

    @Test
    void badParametersAreProblems400AndUnknownRegions404() {
        for (String query : new String[] {"format=pdf", "view=secret", "helix=ROYALTY", "sector=XX", "lang=de",
                "colour=red", "community=-1", "year=1800"}) {
            var response = api.publicGet(R + "/network?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
        }
        assertThat(api.publicGet("/api/regions/it-network-none/network").statusCode()).isEqualTo(404);
    }

    @Test
    void filtersNarrowTheGraph() {
        var education = json(api.publicGet(R + "/network?helix=EDUCATION"));
        assertThat(education.at("/counts/nodes").asInt()).isEqualTo(1);
        assertThat(education.at("/elements/nodes/0/data/id").asString()).isEqualTo("green-college");
        var food = json(api.publicGet(R + "/network?sector=C&lang=nl"));
        assertThat(food.at("/elements/nodes/0/data/id").asString()).isEqualTo("starch-works");
        assertThat(food.at("/counts/edges").asInt()).isZero();
    }
}
