package org.coopgraph.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every successful write under /api leaves one entry; refused and failed writes leave none. */
class AuditIntegrationTest extends EmbeddedContextTestBase {

    private static final String NEW_MEMBER = """
            {"id": "new-co", "name": "Nieuw Bedrijf", "kind": "COMPANY", "helix": "INDUSTRY", "publicProfile": true}""";

    @Autowired
    CoordinatorKey key;

    private FeatureClient api;

    @BeforeEach
    void client() {
        api = new FeatureClient(port, key.value());
    }

    private String importRegion(String region) {
        String r = "/api/regions/" + region;
        assertThat(api.post(r + "/import", FeatureClient.exampleDocument(region)).statusCode()).isEqualTo(200);
        return r;
    }

    @Test
    void recordsWhoDidWhatToWhichEntityAndTheDataVersionAfterwardsNewestFirst() throws Exception {
        Instant before = Instant.now();
        String r = importRegion("it-audit-crud");
        assertThat(api.post(r + "/members", NEW_MEMBER).statusCode()).isEqualTo(201);
        assertThat(api.put(r + "/members/new-co", NEW_MEMBER.replace("Nieuw", "Ander")).statusCode()).isEqualTo(200);
        var deleted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + r + "/members/new-co?reason=cleanup")).header("X-API-Key", key.value())
                .header("X-Request-Id", "req-42").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.headers().firstValue("X-Request-Id")).hasValue("req-42");
        // Refused or failed writes are no entries: no key, a bad body, an absent entity.
        assertThat(api.publicGet(r).statusCode()).isEqualTo(200);
        assertThat(new FeatureClient(port, "wrong-key").delete(r + "/members/starch-works").statusCode()).isEqualTo(401);
        assertThat(api.post(r + "/members", "{\"id\": \"x\"}").statusCode()).isEqualTo(400);
        assertThat(api.delete(r + "/members/no-such-member").statusCode()).isEqualTo(404);

        var page = api.get(r + "/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode log = json(page);
        assertThat(log.at("/totalItems").asInt()).isEqualTo(4);
        assertThat(entries(log)).containsExactly(
                "DELETE /api/regions/it-audit-crud/members/new-co members new-co 204 v4 admin",
                "PUT /api/regions/it-audit-crud/members/new-co members new-co 200 v3 admin",
                "POST /api/regions/it-audit-crud/members members new-co 201 v2 admin",
                "POST /api/regions/it-audit-crud/import import null 200 v1 admin");
        JsonNode newest = log.at("/items/0");
        assertThat(newest.at("/requestId").asString()).isEqualTo("req-42");
        assertThat(newest.at("/regionId").asString()).isEqualTo("it-audit-crud");
        Instant at = Instant.parse(newest.at("/at").asString());
        assertThat(at).isBetween(before, Instant.now());
        assertThat(log.at("/items/1/requestId").asString()).hasSize(36); // generated when the caller sent none
    }

    @Test
    void auditsQuestionStatusChangesAndImportsThatChangeNothing() {
        String r = importRegion("it-audit-misc");
        assertThat(api.post(r + "/import", FeatureClient.exampleDocument("it-audit-misc")).statusCode()).isEqualTo(200);
        assertThat(api.post(r + "/questions/q-project-lead/status", "{\"status\": \"MATCHED\", \"on\": \"2024-03-01\"}")
                .statusCode()).isEqualTo(200);

        assertThat(entries(json(api.get(r + "/audit")))).containsExactly(
                "POST /api/regions/it-audit-misc/questions/q-project-lead/status questions/status q-project-lead 200 v2 admin",
                "POST /api/regions/it-audit-misc/import import null 200 v1 admin",
                "POST /api/regions/it-audit-misc/import import null 200 v1 admin");
    }

    @Test
    void pagesAndFiltersByTime() {
        String r = importRegion("it-audit-page");
        for (int i = 0; i < 3; i++) {
            assertThat(api.post(r + "/members", NEW_MEMBER.replace("new-co", "co-" + i)).statusCode()).isEqualTo(201);
        }
        JsonNode second = json(api.get(r + "/audit?page=1&size=3"));
        assertThat(second.at("/totalItems").asInt()).isEqualTo(4);
        assertThat(second.at("/totalPages").asInt()).isEqualTo(2);
        assertThat(entries(second)).containsExactly("POST /api/regions/it-audit-page/import import null 200 v1 admin");

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(json(api.get(r + "/audit?from=" + today + "&to=" + today)).at("/totalItems").asInt()).isEqualTo(4);
        assertThat(json(api.get(r + "/audit?to=" + today + "T00:00:00Z")).at("/totalItems").asInt()).isZero();
        String last = json(api.get(r + "/audit?size=1")).at("/items/0/at").asString();
        assertThat(entries(json(api.get(r + "/audit?from=" + last))))
                .containsExactly("POST /api/regions/it-audit-page/members members co-2 201 v4 admin");
    }

    @Test
    void isForCoordinatorsOnlyAndNamesABadParameter() {
        String r = importRegion("it-audit-access");
        var anonymous = api.publicGet(r + "/audit");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        String analyst = issueKey("it-audit-access", "analyst");
        String coordinator = issueKey("it-audit-access", "coordinator");
        assertThat(new FeatureClient(port, analyst).get(r + "/audit").statusCode()).isEqualTo(403);
        assertThat(new FeatureClient(port, coordinator).get(r + "/audit").statusCode()).isEqualTo(200);
        assertThat(new FeatureClient(port, coordinator).get("/api/regions/it-audit-crud/audit").statusCode()).isEqualTo(403);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(api.get(r + "/audit?from=yesterday")).at("/errors/0/location").asString()).isEqualTo("from");
        assertThat(json(api.get(r + "/audit?from=2025-02-01&to=2025-01-01")).at("/errors/0/location").asString()).isEqualTo("to");
        assertThat(json(api.get(r + "/audit?size=0")).at("/errors/0/location").asString()).isEqualTo("size");
        assertThat(json(api.get("/api/regions/never-existed/audit")).at("/totalItems").asInt()).isZero();
    }

    @Test
    void theCreationOfARegionStartsItsLog() {
        var created = api.post("/api/regions", "{\"id\": \"it-audit-created\", \"name\": \"Nieuw\", \"country\": \"NL\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/regions/it-audit-created"));
        assertThat(entries(json(api.get("/api/regions/it-audit-created/audit"))))
                .containsExactly("POST /api/regions regions it-audit-created 201 v1 admin");
    }

    /** A new key of the region with the role, issued with the admin key. */
    private String issueKey(String region, String role) {
        var issued = api.post("/api/regions/" + region + "/keys", "{\"label\": \"" + role + "\", \"role\": \"" + role + "\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return json(issued).at("/key").asString();
    }

    @Test
    void theActorIsTheKeysIdAndKeyAdministrationIsAuditedToo() {
        String r = importRegion("it-audit-actor");
        String key = issueKey("it-audit-actor", "coordinator");
        String keyId = key.substring(0, key.indexOf('.'));
        var coordinator = new FeatureClient(port, key);
        assertThat(coordinator.post(r + "/members", NEW_MEMBER).statusCode()).isEqualTo(201);

        assertThat(entries(json(api.get(r + "/audit")))).containsExactly(
                "POST /api/regions/it-audit-actor/members members new-co 201 v2 " + keyId,
                "POST /api/regions/it-audit-actor/keys keys null 201 v1 admin", // no Location: the new id is in the body only
                "POST /api/regions/it-audit-actor/import import null 200 v1 admin");
    }

    /** Each entry as "METHOD path kind id status vVERSION actor", for exact comparison. */
    private static java.util.List<String> entries(JsonNode page) {
        var lines = new java.util.ArrayList<String>();
        for (JsonNode e : page.at("/items")) {
            lines.add(e.at("/method").asString() + " " + e.at("/path").asString() + " " + e.at("/entityKind").asString(null)
                    + " " + e.at("/entityId").asString(null) + " " + e.at("/status").asInt() + " v"
                    + e.at("/dataVersion").asLong() + " " + e.at("/actor").asString());
        }
        return lines;
    }
}
