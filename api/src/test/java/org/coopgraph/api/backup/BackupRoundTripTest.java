package org.coopgraph.api.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.coopgraph.fixtures.SampleRegion;
import org.coopgraph.fixtures.SyntheticRegion;
import org.coopgraph.model.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Export a region, import the export under a new id, export again: the same document, the same analyses. */
class BackupRoundTripTest extends EmbeddedContextTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CoordinatorKey key;

    private FeatureClient api;

    @BeforeEach
    void client() {
        api = new FeatureClient(port, key.value());
    }

    @Test
    void theSampleRegionWithItsQuestionHistoryComesBackWhole() {
        String from = "it-backup-sample";
        assertThat(api.post("/api/regions/" + from + "/import", sample(from)).statusCode()).isEqualTo(200);
        String q = "/api/regions/" + from + "/questions/vraag-robotisering/status";
        assertThat(api.post(q, "{\"status\": \"MATCHED\", \"on\": \"2024-03-01\"}").statusCode()).isEqualTo(200);
        assertThat(api.post(q, "{\"status\": \"IN_PROGRESS\", \"on\": \"2024-04-01\"}").statusCode()).isEqualTo(200);

        var export = api.get("/api/regions/" + from + "/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"" + from + "-3.json\"");
        JsonNode backup = json(export);
        assertThat(backup.at("/questionHistory").toString()).isEqualTo("[{\"questionId\":\"vraag-robotisering\","
                + "\"from\":\"OPEN\",\"to\":\"MATCHED\",\"on\":\"2024-03-01\"},{\"questionId\":\"vraag-robotisering\","
                + "\"from\":\"MATCHED\",\"to\":\"IN_PROGRESS\",\"on\":\"2024-04-01\"}]");
        assertThat(backup.at("/members").size()).isEqualTo(json(api.get("/api/regions/" + from)).at("/counts/members").asInt());

        roundTrip(from, "it-backup-sample-copy", backup);
        assertThat(json(api.get("/api/regions/it-backup-sample-copy/questions/vraag-robotisering/status"))
                .at("/status").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aSyntheticRegionOf2000MembersComesBackWhole() {
        String from = "it-backup-synthetic";
        var doc = SyntheticRegion.generate(20260101L, 2_000).withRegion(new Region(from, "Synthetisch", "NL"));
        var imported = api.post("/api/regions/" + from + "/import", JSON.writeValueAsString(doc));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        var export = api.get("/api/regions/" + from + "/export");
        assertThat(export.statusCode()).isEqualTo(200);
        JsonNode backup = json(export);
        assertThat(backup.at("/members").size()).isEqualTo(2_000);
        assertThat(backup.at("/ties").size()).isEqualTo(doc.ties().size());
        roundTrip(from, "it-backup-synthetic-copy", backup);
    }

    @Test
    void isForCoordinatorsOnlyAndRefusesHistoryOfUnknownQuestions() {
        String r = "it-backup-refusals";
        assertThat(api.post("/api/regions/" + r + "/import", FeatureClient.exampleDocument(r)).statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = api.publicGet("/api/regions/" + r + "/export");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("j-bakker");
        var issued = api.post("/api/regions/" + r + "/keys", "{\"label\": \"a\", \"role\": \"analyst\"}");
        assertThat(new FeatureClient(port, json(issued).at("/key").asString()).get("/api/regions/" + r + "/export")
                .statusCode()).isEqualTo(403);
        assertThat(api.get("/api/regions/no-such-region/export").statusCode()).isEqualTo(404); // admin key

        String bad = "{\"members\": [{\"id\": \"late\", \"name\": \"Late\", \"kind\": \"COMPANY\", \"helix\": \"INDUSTRY\"}],"
                + " \"questionHistory\": [{\"questionId\": \"q-nope\", \"from\": \"OPEN\", \"to\": \"MATCHED\", \"on\": \"2024-01-01\"},"
                + " {\"questionId\": \"q-project-lead\", \"from\": \"OPEN\", \"to\": \"OPEN\", \"on\": \"2024-01-01\"}]}";
        var refused = api.post("/api/regions/" + r + "/import", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).at("/errors").findValuesAsString("location"))
                .containsExactlyInAnyOrder("/questionHistory/1/to", "/questionHistory/0/questionId");
        assertThat(api.get("/api/regions/" + r + "/members/late").statusCode()).isEqualTo(404);
        assertThat(json(api.get("/api/regions/" + r)).at("/dataVersion").asLong()).isEqualTo(1);
    }

    /** Imports {@code backup} as region {@code to}, exports that and compares both ways. */
    private void roundTrip(String from, String to, JsonNode backup) {
        ObjectNode copy = (ObjectNode) backup.deepCopy();
        ((ObjectNode) copy.get("region")).put("id", to);
        var restored = api.post("/api/regions/" + to + "/import", copy.toString());
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(json(restored).at("/changed").asBoolean()).isTrue();

        JsonNode again = json(api.get("/api/regions/" + to + "/export"));
        assertThat(again).isEqualTo(copy);
        var again2 = api.post("/api/regions/" + to + "/import", again.toString());
        assertThat(json(again2).at("/changed").asBoolean()).as("restoring twice changes nothing").isFalse();
        for (String analysis : new String[] {"analysis/cross-sector", "analysis/competences", "value-chains/gaps"}) {
            assertThat(json(api.get("/api/regions/" + to + "/" + analysis)).at("/result"))
                    .as(analysis).isEqualTo(json(api.get("/api/regions/" + from + "/" + analysis)).at("/result"));
        }
    }

    private static String sample(String regionId) {
        try (InputStream in = SampleRegion.openJson()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"id\": \"" + SampleRegion.ID + "\"", "\"id\": \"" + regionId + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
