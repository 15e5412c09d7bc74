package org.coopgraph.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.exampleDocument;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.CoordinatorKey;
import org.coopgraph.model.RegionDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Imports against the real embedded Neo4j: results, every error at once, atomicity and idempotency. */
class ImportIntegrationTest extends EmbeddedContextTestBase {

    private static final String R = "it-import";

    @Autowired
    CoordinatorKey key;
    @Autowired
    RegionNetworks networks;

    private FeatureClient api;

    @BeforeEach
    void client() {
        api = new FeatureClient(port, key.value());
    }

    private RegionDocument stored(String regionId) {
        return networks.current(regionId).toDocument();
    }

    private static List<String> errors(JsonNode problem) {
        var errors = new ArrayList<String>();
        problem.get("errors").forEach(e -> errors.add(e.get("location").asString() + ": " + e.get("message").asString()));
        return errors;
    }

    @Test
    void importsTheExampleDocumentAndListsItsMembers() {
        var response = api.post("/api/regions/" + R + "-a/import", exampleDocument(R + "-a"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.at("/changed").asBoolean()).isTrue();
        assertThat(result.at("/dataVersion").asLong()).isPositive();
        assertThat(result.at("/summary/counts/members/created").asInt()).isEqualTo(3);
        assertThat(result.at("/summary/counts/valueChains/created").asInt()).isEqualTo(1);
        JsonNode members = json(api.get("/api/regions/" + R + "-a/members"));
        assertThat(members.at("/totalItems").asInt()).isEqualTo(3);
        assertThat(members.at("/items/0/id").asString()).isEqualTo("green-college");
        assertThat(members.at("/hiddenMembers").asInt()).isZero();
    }

    @Test
    void listsEveryErrorOfABadDocumentAndChangesNothing() {
        api.post("/api/regions/" + R + "-b/import", exampleDocument(R + "-b"));
        RegionDocument before = stored(R + "-b");
        String regionBefore = api.get("/api/regions/" + R + "-b").body();

        var response = api.post("/api/regions/" + R + "-b/import", """
                {"members": [
                   {"id": "n1", "name": "N1", "kind": "COMPANY", "helix": "INDUSTRI"},
                   {"id": "n2", "name": "N2", "kind": "COMPANY", "helix": "INDUSTRY", "joined": 1850},
                   {"id": "n3", "name": "N3", "kind": "COMPANY", "helix": "INDUSTRY"},
                   {"id": "n3", "name": "N3 again", "kind": "COMPANY", "helix": "INDUSTRY"}],
                 "projects": [{"id": "np", "name": "NP", "startYear": 2024,
                   "participants": [{"memberId": "n1", "role": "LEAD"}],
                   "requires": [{"skillId": "no-such-skill", "level": 3}]}]}
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(errors(json(response))).containsExactly(
                "/members/0/helix: must be one of INDUSTRY, EDUCATION, GOVERNMENT, FINANCE, CIVIL_SOCIETY (was \"INDUSTRI\")",
                "/members/1/joined: must be a year from 1900 to 2100 (was 1850)",
                "/members/3/id: duplicates an earlier entry (n3)",
                "/projects/0/requires/0/skillId: refers to unknown skill 'no-such-skill'");
        assertThat(api.get("/api/regions/" + R + "-b").body()).isEqualTo(regionBefore);
        assertThat(stored(R + "-b")).isEqualTo(before);
    }

    @Test
    void importingTheSameDocumentTwiceChangesNothingTheSecondTime() {
        JsonNode first = json(api.post("/api/regions/" + R + "-c/import", exampleDocument(R + "-c")));
        JsonNode second = json(api.post("/api/regions/" + R + "-c/import", exampleDocument(R + "-c")));

        assertThat(second.at("/changed").asBoolean()).isFalse();
        assertThat(second.at("/dataVersion").asLong()).isEqualTo(first.at("/dataVersion").asLong());
        second.at("/summary/counts").properties().forEach(kind -> {
            assertThat(kind.getValue().get("created").asInt()).as(kind.getKey()).isZero();
            assertThat(kind.getValue().get("updated").asInt()).as(kind.getKey()).isZero();
            // Taxonomy entries are shared, so another test's region may have created them already.
            JsonNode before = first.at("/summary/counts/" + kind.getKey());
            assertThat(kind.getValue().get("unchanged").asInt()).as(kind.getKey()).isEqualTo(
                    before.get("created").asInt() + before.get("updated").asInt() + before.get("unchanged").asInt());
        });
        assertThat(second.at("/summary/counts/members/unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void aBadLastRowLeavesTheGraphUnchanged() {
        api.post("/api/regions/" + R + "-d/import", exampleDocument(R + "-d"));
        RegionDocument before = stored(R + "-d");
        var members = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            members.append("{\"id\": \"bulk-").append(i).append("\", \"name\": \"Bulk ").append(i)
                    .append("\", \"kind\": \"COMPANY\", \"helix\": \"INDUSTRY\", \"sectors\": [{\"code\": \"")
                    .append(i == 199 ? "99.99" : "10.62").append("\", \"primary\": true}]},");
        }
        String doc = "{\"members\": [" + members.substring(0, members.length() - 1) + "]}";

        var response = api.post("/api/regions/" + R + "-d/import", doc);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(json(response))).containsExactly("/members/199/sectors/0/code: refers to unknown sector '99.99'");
        assertThat(stored(R + "-d")).isEqualTo(before);
        assertThat(api.publicGet("/api/regions/" + R + "-d/members/bulk-0").statusCode()).isEqualTo(404);
    }

    @Test
    void importsCsvAndLocatesABadCellByLineAndColumn() {
        api.post("/api/regions/" + R + "-e/import", exampleDocument(R + "-e"));
        String header = "id,name,kind,helix,municipality,sizeClass,website,publicProfile,joined,left,sectors,skills,teaches\n";
        RegionDocument before = stored(R + "-e");

        var bad = api.postCsv("/api/regions/" + R + "-e/import", Map.of("members", header
                + "c1,Csv Een,COMPANY,INDUSTRY,Veendam,SMALL,,true,2021,,10.62,,\n"
                + "c2,Csv Twee,COMPANY,INDUSTRY,,,,false,twenty,,C,,\n"));

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(errors(json(bad))).containsExactly("members.csv line 3, column joined: must be a whole number (was \"twenty\")");
        assertThat(stored(R + "-e")).isEqualTo(before);

        var good = api.postCsv("/api/regions/" + R + "-e/import", Map.of(
                "members", header + "c1,Csv Een,COMPANY,INDUSTRY,Veendam,SMALL,,true,2021,,10.62,,\n",
                "participations", "project_id,project_name,start_year,end_year,member_id,role,from_year,to_year\n"
                        + "biobased-granulate,,,,c1,PARTNER,2024,\n"));
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(json(good).at("/summary/counts/members/created").asInt()).isEqualTo(1);
        assertThat(json(good).at("/summary/counts/projects/updated").asInt()).isEqualTo(1);
        JsonNode project = json(api.get("/api/regions/" + R + "-e/projects/biobased-granulate"));
        assertThat(project.at("/participants").size()).isEqualTo(1);
        assertThat(project.at("/participants/0/memberId").asString()).isEqualTo("c1");
        assertThat(project.at("/requires/0/importance").asInt()).isEqualTo(5);
    }

    @Test
    void reportsAnUnknownMemberOfAParticipationsFileByLine() {
        api.post("/api/regions/" + R + "-f/import", exampleDocument(R + "-f"));

        var response = api.postCsv("/api/regions/" + R + "-f/import", Map.of("participations",
                "project_id,project_name,start_year,member_id,role\nnew-p,Nieuw,2025,starch-works,LEAD\nnew-p,,,ghost,EXPERT\n"));

        assertThat(errors(json(response))).containsExactly("participations.csv line 3, column member_id: refers to unknown member 'ghost'");
    }
}
