package org.coopgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.security.KeyedHttp.json;

import java.util.LinkedHashMap;
import java.util.List;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Addresses spelled to make region B's coordinator look like region A's: the region the rules check
 * must be the region the handler serves, or the address is refused. Nothing is written to A.
 */
class PathTricksIntegrationTest extends EmbeddedContextTestBase {

    private static final String A = "acc-trick-a";
    private static final String B = "acc-trick-b";
    private static final String MEMBER = "{\"id\": \"intruder\", \"name\": \"Intruder\", \"kind\": \"COMPANY\", \"helix\": \"INDUSTRY\"}";
    private static String coordinatorB;

    @Autowired
    CoordinatorKey admin;

    private KeyedHttp api;

    @BeforeEach
    void regions() {
        api = new KeyedHttp(port);
        if (coordinatorB == null) {
            api.importExample(A, admin.value());
            api.importExample(B, admin.value());
            coordinatorB = api.issueKey(B, "coordinator", admin.value());
        }
    }

    @Test
    void writesToRegionAByAnySpellingAreRefusedForBsCoordinator() {
        List<String> paths = List.of(
                "/api/regions/" + A + "/members",
                "/api/regions/" + A + "/members/",
                "/api/regions/%61cc-trick-a/members",
                "/api/regions/" + A + ";x=1/members",
                "/api/regions;x=1/" + A + "/members",
                "/api/regions/" + B + "/../" + A + "/members",
                "/api/regions/" + B + "/%2e%2e/" + A + "/members",
                "/api/regions/" + B + "%2F..%2F" + A + "/members",
                "//api/regions/" + A + "/members",
                "/api//regions/" + A + "/members",
                "/API/regions/" + A + "/members",
                "/api/Regions/" + A + "/members",
                "/api/regions/" + A + "/./members",
                "/api/regions/" + A + "%00/members",
                "/api/regions/" + A + "%252Fmembers");
        var answers = new LinkedHashMap<String, Integer>();
        for (String path : paths) {
            int status = api.post(path, MEMBER, coordinatorB).statusCode();
            answers.put(path, status);
            assertThat(status).as(path).isIn(400, 403, 404);
            assertThat(api.post(path, MEMBER, null).statusCode()).as(path + " without key").isIn(400, 401, 404);
        }
        assertThat(answers).containsEntry("/api/regions/" + A + "/members", 403)
                .containsEntry("/api/regions/%61cc-trick-a/members", 403)
                .containsEntry("/api/regions/" + A + ";x=1/members", 400)
                .containsEntry("//api/regions/" + A + "/members", 400)
                .containsEntry("/api/regions/" + B + "/../" + A + "/members", 400)
                .containsEntry("/API/regions/" + A + "/members", 403);
        assertThat(api.get("/api/regions/" + A + "/members/intruder", admin.value()).statusCode()).isEqualTo(404);
    }

    @Test
    void anEncodedRegionReadsWithTheAccessOfTheRegionItDecodesTo() {
        String analystA = api.issueKey(A, "analyst", admin.value());
        assertThat(api.get("/api/regions/%61cc-trick-a/members", coordinatorB).body()).doesNotContain("j-bakker");
        assertThat(api.get("/api/regions/%61cc-trick-a/members", analystA).body()).contains("j-bakker");
        assertThat(api.get("/api/regions/%61cc-trick-b/members", analystA).body()).doesNotContain("j-bakker");
    }

    @Test
    void aRefusedAddressIsAProblemNamingThePath() {
        var refused = api.post("/api/regions/" + A + "/./members", MEMBER, coordinatorB);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(refused).at("/errors/0/location").asString()).isEqualTo("path");
        assertThat(refused.body()).doesNotContain("Exception");
    }

    @Test
    void methodOverridesDoNotTurnAReadIntoAWrite() {
        var overridden = api.send("GET", "/api/regions/" + A + "/members/starch-works?_method=DELETE", null, coordinatorB,
                false, "X-HTTP-Method-Override", "DELETE");
        assertThat(overridden.statusCode()).isEqualTo(200);
        var form = api.send("POST", "/api/regions/" + A + "/members/starch-works", null, coordinatorB, false,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/regions/" + A + "/members/starch-works", null).statusCode()).isEqualTo(200);
    }
}
