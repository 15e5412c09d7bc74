package org.coopgraph.api.crosssector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.exampleDocument;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Caching across regions on the real database: a write to one region changes that region's ETags
 * only; the other keeps answering 304 to its old ones. An empty region answers well-formed empty results.
 */
class AnalysisCacheIntegrationTest extends EmbeddedContextTestBase {

    private static final List<String> ANALYSES = List.of("/analysis/cross-sector", "/analysis/competences",
            "/value-chains/gaps", "/value-chains/starch-to-plastics/gaps");

    @Autowired
    CoordinatorKey key;

    @Test
    void aWriteToOneRegionChangesOnlyThatRegionsETags() throws Exception {
        var api = new FeatureClient(port, key.value());
        for (String region : List.of("it-analytics-a", "it-analytics-b")) {
            assertThat(api.post("/api/regions/" + region + "/import", exampleDocument(region)).statusCode()).isEqualTo(200);
        }
        var before = etags(api, "it-analytics-a");
        var beforeB = etags(api, "it-analytics-b");

        var write = api.post("/api/regions/it-analytics-a/import",
                exampleDocument("it-analytics-a").replace("Groen College Zuidoost", "Groen College Oost"));
        assertThat(json(write).at("/changed").asBoolean()).isTrue();

        var after = etags(api, "it-analytics-a");
        for (int i = 0; i < ANALYSES.size(); i++) {
            assertThat(after.get(i)).as(ANALYSES.get(i)).isNotEqualTo(before.get(i));
            assertThat(revalidate("/api/regions/it-analytics-b" + ANALYSES.get(i), beforeB.get(i)).statusCode())
                    .as(ANALYSES.get(i)).isEqualTo(304);
            assertThat(revalidate("/api/regions/it-analytics-a" + ANALYSES.get(i), before.get(i)).statusCode())
                    .as(ANALYSES.get(i)).isEqualTo(200);
        }
        assertThat(etags(api, "it-analytics-b")).isEqualTo(beforeB);
    }

    @Test
    void anEmptyRegionAnswersEmptyWellFormedResults() {
        var api = new FeatureClient(port, key.value());
        String empty = "{\"region\": {\"id\": \"it-analytics-empty\", \"name\": \"Leeg\", \"country\": \"NL\"}}";
        assertThat(api.post("/api/regions/it-analytics-empty/import", empty).statusCode()).isEqualTo(200);
        String r = "/api/regions/it-analytics-empty";

        var cross = json(api.get(r + "/analysis/cross-sector"));
        assertThat(cross.at("/result/memberCount").asInt()).isZero();
        assertThat(cross.at("/result/members").size()).isZero();
        assertThat(cross.at("/result/crossSectorTies").size()).isZero();
        assertThat(cross.at("/result/connectivity/articulationPoints").size()).isZero();
        assertThat(cross.at("/result/communities/communities").size()).isZero();
        var competences = json(api.get(r + "/analysis/competences"));
        assertThat(competences.at("/result/skills").size()).isZero();
        assertThat(competences.at("/result/missingSkills").size()).isZero();
        assertThat(json(api.get(r + "/value-chains/gaps")).at("/result/chains").size()).isZero();
        assertThat(api.get(r + "/value-chains/any/gaps").statusCode()).isEqualTo(404);
    }

    private List<String> etags(FeatureClient api, String region) {
        return ANALYSES.stream().map(path -> {
            var response = api.get("/api/regions/" + region + path);
            assertThat(response.statusCode()).as(region + path).isEqualTo(200);
            return response.headers().firstValue("ETag").orElseThrow();
        }).toList();
    }

    private HttpResponse<String> revalidate(String path, String etag) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-API-Key", key.value()).header("If-None-Match", etag).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
