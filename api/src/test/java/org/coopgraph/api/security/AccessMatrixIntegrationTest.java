package org.coopgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.security.KeyedHttp.json;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of caller against every family of endpoint of region A: public, analyst of A,
 * coordinator of A, coordinator of B, admin, a revoked key of A and two garbage keys. The example
 * region has three members, of whom j-bakker has no public profile.
 */
class AccessMatrixIntegrationTest extends EmbeddedContextTestBase {

    private static final String A = "acc-matrix-a";
    private static final String B = "acc-matrix-b";
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    @Autowired
    CoordinatorKey admin;

    private KeyedHttp api;

    @BeforeEach
    void regionsAndKeys() {
        api = new KeyedHttp(port);
        if (!KEYS.isEmpty()) {
            return;
        }
        api.importExample(A, admin.value());
        api.importExample(B, admin.value());
        KEYS.put("public", null);
        KEYS.put("analyst-a", api.issueKey(A, "analyst", admin.value()));
        KEYS.put("coordinator-a", api.issueKey(A, "coordinator", admin.value()));
        KEYS.put("coordinator-b", api.issueKey(B, "coordinator", admin.value()));
        KEYS.put("admin", admin.value());
        String revoked = api.issueKey(A, "coordinator", admin.value());
        String revokedId = revoked.substring(0, revoked.indexOf('.'));
        assertThat(api.delete("/api/regions/" + A + "/keys/" + revokedId, admin.value()).statusCode()).isEqualTo(204);
        KEYS.put("revoked-a", revoked);
        KEYS.put("garbage", "k_aaaaaaaaaaaa.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        KEYS.put("nonsense", "' OR 1=1 --");
    }

    private Map<String, Object> each(java.util.function.Function<String, Object> outcome) {
        var answers = new LinkedHashMap<String, Object>();
        KEYS.forEach((caller, key) -> answers.put(caller, outcome.apply(key)));
        return answers;
    }

    private static Map<String, Object> expected(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Status, and for a 200 whether the non-consented member j-bakker was shown. */
    private static String seen(HttpResponse<String> response) {
        return response.statusCode() != 200 ? String.valueOf(response.statusCode())
                : response.body().contains("j-bakker") ? "full" : "public";
    }

    @Test
    void readingMembersShowsTheFullViewOnlyToTheRegionsKeysAndTheAdmin() {
        assertThat(each(key -> seen(api.get("/api/regions/" + A + "/members", key)))).isEqualTo(expected(
                "public", "public", "analyst-a", "full", "coordinator-a", "full", "coordinator-b", "public",
                "admin", "full", "revoked-a", "401", "garbage", "401", "nonsense", "401"));
    }

    @Test
    void theFullNetworkViewFollowsTheSameRule() {
        assertThat(each(key -> seen(api.get("/api/regions/" + A + "/network?view=full&year=2022", key)))).isEqualTo(expected(
                "public", "401", "analyst-a", "full", "coordinator-a", "full", "coordinator-b", "403",
                "admin", "full", "revoked-a", "401", "garbage", "401", "nonsense", "401"));
    }

    @Test
    void onlyTheRegionsCoordinatorsAndTheAdminWriteAndRefusedWritesLeaveNothing() {
        var statuses = each(key -> {
            String id = "w-" + Integer.toHexString(String.valueOf(key).hashCode());
            return api.post("/api/regions/" + A + "/members", "{\"id\": \"" + id + "\", \"name\": \"W " + id
                    + "\", \"kind\": \"COMPANY\", \"helix\": \"INDUSTRY\", \"publicProfile\": true}", key).statusCode();
        });
        assertThat(statuses).isEqualTo(expected("public", 401, "analyst-a", 403, "coordinator-a", 201,
                "coordinator-b", 403, "admin", 201, "revoked-a", 401, "garbage", 401, "nonsense", 401));
        assertThat(json(api.get("/api/regions/" + A + "/members?size=100", admin.value())).at("/totalItems").asInt())
                .isEqualTo(3 + 2);
    }

    @Test
    void keysAreIssuedOnlyByTheAdminAndListedAlsoByTheRegionsCoordinators() {
        var issuing = each(key -> api.post("/api/regions/" + A + "/keys", "{\"label\": \"x\", \"role\": \"analyst\"}", key)
                .statusCode());
        assertThat(issuing).isEqualTo(expected("public", 401, "analyst-a", 403, "coordinator-a", 403,
                "coordinator-b", 403, "admin", 201, "revoked-a", 401, "garbage", 401, "nonsense", 401));
        var listing = each(key -> api.get("/api/regions/" + A + "/keys", key).statusCode());
        assertThat(listing).isEqualTo(expected("public", 401, "analyst-a", 403, "coordinator-a", 200,
                "coordinator-b", 403, "admin", 200, "revoked-a", 401, "garbage", 401, "nonsense", 401));
        var revoking = each(key -> api.delete("/api/regions/" + A + "/keys/k_000000000000", key).statusCode());
        assertThat(revoking).isEqualTo(expected("public", 401, "analyst-a", 403, "coordinator-a", 403,
                "coordinator-b", 403, "admin", 404, "revoked-a", 401, "garbage", 401, "nonsense", 401));
    }

    @Test
    void onlyTheAdminCreatesRegions() {
        var creating = each(key -> api.post("/api/regions", "{\"id\": \"acc-new-" + Math.abs(String.valueOf(key).hashCode())
                + "\", \"name\": \"New\", \"country\": \"NL\"}", key).statusCode());
        assertThat(creating).isEqualTo(expected("public", 401, "analyst-a", 403, "coordinator-a", 403,
                "coordinator-b", 403, "admin", 201, "revoked-a", 401, "garbage", 401, "nonsense", 401));
        var importing = each(key -> api.post("/api/regions/acc-matrix-missing/import",
                org.coopgraph.api.regions.FeatureClient.exampleDocument("acc-matrix-missing"), key).statusCode());
        assertThat(importing).isEqualTo(expected("public", 401, "analyst-a", 403, "coordinator-a", 403,
                "coordinator-b", 403, "admin", 200, "revoked-a", 401, "garbage", 401, "nonsense", 401));
    }

    @Test
    void controllersSeeTheAccessToThePathsRegionAndTheKeyIdAsPrincipal() {
        String coordinatorA = KEYS.get("coordinator-a");
        String id = coordinatorA.substring(0, coordinatorA.indexOf('.'));
        assertThat(api.get("/api/regions/" + A + "/echo-access", coordinatorA).body()).isEqualTo("COORDINATOR " + id);
        assertThat(api.get("/api/regions/" + B + "/echo-access", coordinatorA).body()).isEqualTo("PUBLIC " + id);
        assertThat(api.get("/api/echo-access", coordinatorA).body()).isEqualTo("PUBLIC " + id);
        assertThat(api.send("GET", "/api/regions/" + A + "/echo-access", null, KEYS.get("analyst-a"), true).body())
                .startsWith("ANALYST k_");
        assertThat(api.post("/api/regions/" + B + "/echo-access", null, admin.value()).body()).isEqualTo("COORDINATOR admin");
        assertThat(api.get("/api/echo-access", admin.value()).body()).isEqualTo("COORDINATOR admin");
        assertThat(api.get("/api/regions/" + A + "/echo-access", null).body()).isEqualTo("PUBLIC anonymous");
    }
}
