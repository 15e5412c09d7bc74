package org.coopgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.security.KeyedHttp.json;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Issuing, listing, storing and revoking keys through HTTP, and what the database holds. */
class KeyLifecycleIntegrationTest extends EmbeddedContextTestBase {

    private static final String R = "acc-keys";
    private static boolean imported;

    @Autowired
    CoordinatorKey admin;
    @Autowired
    Driver driver;

    private KeyedHttp api;

    @BeforeEach
    void region() {
        api = new KeyedHttp(port);
        if (!imported) {
            api.importExample(R, admin.value());
            imported = true;
        }
    }

    private Map<String, Object> node(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (k:ApiKey {id: $id}) RETURN properties(k) AS p",
                    Map.of("id", id)).single().get("p").asMap(Value::asObject));
        }
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsSha256IsStored() throws Exception {
        var created = api.post("/api/regions/" + R + "/keys", "{\"label\": \"  Anna (secretariaat)  \", \"role\": \"coordinator\"}",
                admin.value());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        String id = body.at("/id").asString();
        String key = body.at("/key").asString();
        assertThat(id).matches("k_[a-z0-9]{12}");
        assertThat(key).startsWith(id + ".").hasSize(14 + 1 + 43);
        assertThat(body.at("/label").asString()).isEqualTo("Anna (secretariaat)");
        assertThat(body.at("/role").asString()).isEqualTo("coordinator");
        assertThat(body.at("/regionId").asString()).isEqualTo(R);
        String secret = key.substring(id.length() + 1);

        Map<String, Object> stored = node(id);
        assertThat(stored.keySet()).containsExactlyInAnyOrder("id", "regionId", "label", "role", "secretHash", "created");
        assertThat(HexFormat.of().formatHex((byte[]) stored.get("secretHash"))).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThat(stored.values()).noneMatch(value -> String.valueOf(value).contains(secret));

        var listed = api.get("/api/regions/" + R + "/keys", admin.value());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains(id).doesNotContain(secret).doesNotContain("\"key\"").doesNotContain("secretHash");
        var listedByItsHolder = api.get("/api/regions/" + R + "/keys", key);
        assertThat(listedByItsHolder.statusCode()).isEqualTo(200);
        assertThat(listedByItsHolder.body()).doesNotContain(secret);
    }

    @Test
    void revokingStopsTheKeyAtTheNextRequestAndTheListShowsWhen() {
        String key = api.issueKey(R, "coordinator", admin.value());
        String id = key.substring(0, key.indexOf('.'));
        String member = "{\"id\": \"rev-1\", \"name\": \"Rev\", \"kind\": \"COMPANY\", \"helix\": \"INDUSTRY\"}";
        assertThat(api.post("/api/regions/" + R + "/members", member, key).statusCode()).isEqualTo(201);

        assertThat(api.delete("/api/regions/" + R + "/keys/" + id, admin.value()).statusCode()).isEqualTo(204);

        var refused = api.post("/api/regions/" + R + "/members", member.replace("rev-1", "rev-2"), key);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json(refused).at("/type").asString()).isEqualTo("https://coopgraph.org/problems/unauthorized");
        assertThat(json(refused).at("/detail").asString()).contains("unknown, revoked or mistyped");
        assertThat(api.get("/api/regions/" + R + "/members/rev-2", admin.value()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/regions/" + R, key).statusCode()).isEqualTo(401);
        JsonNode listed = json(api.get("/api/regions/" + R + "/keys", admin.value()));
        JsonNode entry = null;
        for (JsonNode k : listed) {
            if (k.at("/id").asString().equals(id)) {
                entry = k;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.at("/revoked").isNull()).isFalse();
        assertThat(api.delete("/api/regions/" + R + "/keys/" + id, admin.value()).statusCode()).as("again").isEqualTo(204);
    }

    @Test
    void aTamperedSecretOrAnotherRegionsPathDoesNotOpenAKey() {
        String key = api.issueKey(R, "analyst", admin.value());
        String id = key.substring(0, key.indexOf('.'));
        char last = key.charAt(key.length() - 1);
        String tampered = key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(api.get("/api/regions/" + R + "/members", tampered).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/regions/" + R + "/members", key).statusCode()).isEqualTo(200);
        assertThat(api.delete("/api/regions/acc-keys-other/keys/" + id, admin.value()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/regions/" + R + "/members", key).statusCode()).as("still valid").isEqualTo(200);
    }

    @Test
    void badKeyRequestsAre400NamingEveryFieldAndWriteNothing() {
        int before = json(api.get("/api/regions/" + R + "/keys", admin.value())).size();
        var both = api.post("/api/regions/" + R + "/keys", "{\"label\": \"\", \"role\": \"boss\"}", admin.value());
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(locations(both)).containsExactly("/label", "/role");
        assertThat(json(both).at("/errors/1/message").asString()).isEqualTo("must be 'coordinator' or 'analyst' (was 'boss')");
        var tooLong = api.post("/api/regions/" + R + "/keys", "{\"label\": \"" + "x".repeat(101) + "\", \"role\": \"analyst\"}",
                admin.value());
        assertThat(json(tooLong).at("/errors/0/message").asString()).isEqualTo("must be at most 100 characters (was 101)");
        assertThat(locations(api.post("/api/regions/" + R + "/keys", "{\"label\": \"a\\u0007b\", \"role\": \"analyst\"}",
                admin.value()))).containsExactly("/label");
        assertThat(locations(api.post("/api/regions/" + R + "/keys", "{\"label\": \"x\", \"role\": \"Coordinator\"}",
                admin.value()))).containsExactly("/role");
        assertThat(api.send("POST", "/api/regions/" + R + "/keys", null, admin.value(), false,
                "Content-Type", "application/json").statusCode()).isEqualTo(400);
        assertThat(api.post("/api/regions/" + R + "/keys", "{\"label\": 5", admin.value()).statusCode()).isEqualTo(400);
        assertThat(api.post("/api/regions/acc-keys-none/keys", "{\"label\": \"x\", \"role\": \"analyst\"}", admin.value())
                .statusCode()).isEqualTo(404);
        assertThat(api.get("/api/regions/acc-keys-none/keys", admin.value()).statusCode()).isEqualTo(404);
        assertThat(json(api.get("/api/regions/" + R + "/keys", admin.value())).size()).isEqualTo(before);
    }

    @Test
    void anAdminCreatesAnEmptyRegionOnceWithItsFieldsChecked() {
        var created = api.post("/api/regions", "{\"id\": \"acc-keys-new\", \"name\": \"Nieuw\", \"country\": \"NL\"}", admin.value());
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).at("/counts/members").asInt()).isZero();
        assertThat(json(api.get("/api/regions/acc-keys-new", null)).at("/name").asString()).isEqualTo("Nieuw");
        assertThat(api.post("/api/regions", "{\"id\": \"acc-keys-new\", \"name\": \"Again\"}", admin.value()).statusCode())
                .isEqualTo(409);
        for (String id : java.util.List.of("Acc-Upper", "acc keys", "acc/keys", "acc;keys", "acc--keys", "-acc", "a".repeat(65))) {
            var invalid = api.post("/api/regions", "{\"id\": \"" + id + "\", \"name\": \"N\"}", admin.value());
            assertThat(invalid.statusCode()).as(id).isEqualTo(400);
            assertThat(locations(invalid)).as(id).containsExactly("/id");
        }
        assertThat(locations(api.post("/api/regions", "{\"id\": \"acc-keys-x\", \"name\": \"\"}", admin.value())))
                .containsExactly("/name");
        assertThat(api.get("/api/regions/acc-keys-x", admin.value()).statusCode()).isEqualTo(404);
        assertThat(api.issueKey("acc-keys-new", "coordinator", admin.value())).startsWith("k_");
    }

    private static List<String> locations(java.net.http.HttpResponse<String> response) {
        var locations = new java.util.ArrayList<String>();
        json(response).at("/errors").forEach(error -> locations.add(error.at("/location").asString()));
        return locations;
    }
}
