package org.coopgraph.api.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.exampleDocument;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.util.ArrayList;
import java.util.List;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Member CRUD and filters through HTTP against the real embedded Neo4j. */
class MemberCrudIntegrationTest extends EmbeddedContextTestBase {

    private static final String NEW_MEMBER = """
            {"id": "new-co", "name": "Nieuw Bedrijf", "kind": "COMPANY", "helix": "INDUSTRY", "publicProfile": true,
             "sectors": [{"code": "10", "primary": true}]}""";

    @Autowired
    CoordinatorKey key;

    private FeatureClient api;

    @BeforeEach
    void client() {
        api = new FeatureClient(port, key.value());
    }

    private String region(String suffix) {
        String id = "it-members-" + suffix;
        assertThat(api.post("/api/regions/" + id + "/import", exampleDocument(id)).statusCode()).isEqualTo(200);
        return "/api/regions/" + id;
    }

    private long dataVersion(String region) {
        return json(api.get(region)).at("/dataVersion").asLong();
    }

    private List<String> ids(String path) {
        var ids = new ArrayList<String>();
        json(api.get(path)).at("/items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void roundTripsAMemberWithConflictsAndNotFounds() {
        String region = region("crud");
        long version = dataVersion(region);

        var created = api.post(region + "/members", NEW_MEMBER);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(region + "/members/new-co");
        assertThat(json(api.get(region + "/members/new-co")).at("/name").asString()).isEqualTo("Nieuw Bedrijf");
        assertThat(dataVersion(region)).isGreaterThan(version);
        assertThat(api.post(region + "/members", NEW_MEMBER).statusCode()).isEqualTo(409);

        var replaced = api.put(region + "/members/new-co", NEW_MEMBER.replace("Nieuw Bedrijf", "Ander Bedrijf"));
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(json(api.get(region + "/members/new-co")).at("/name").asString()).isEqualTo("Ander Bedrijf");
        assertThat(api.put(region + "/members/other-id", NEW_MEMBER).statusCode()).isEqualTo(400);
        assertThat(api.put(region + "/members/ghost", NEW_MEMBER.replace("new-co", "ghost")).statusCode()).isEqualTo(404);

        assertThat(api.delete(region + "/members/new-co").statusCode()).isEqualTo(204);
        assertThat(api.get(region + "/members/new-co").statusCode()).isEqualTo(404);
        assertThat(api.delete(region + "/members/new-co").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/regions/no-such-region/members").statusCode()).isEqualTo(404);
    }

    @Test
    void validatesACreatedMemberLikeAnImportWithPointersIntoTheBody() {
        String region = region("invalid");

        var response = api.post(region + "/members", NEW_MEMBER.replace("\"10\"", "\"99.99\"").replace("INDUSTRY", "industry"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/errors/0/location").asString()).isEqualTo("/helix");
        var unknownSector = api.post(region + "/members", NEW_MEMBER.replace("\"10\"", "\"99.99\""));
        assertThat(json(unknownSector).at("/errors/0/location").asString()).isEqualTo("/sectors/0/code");
        assertThat(json(unknownSector).at("/errors/0/message").asString()).isEqualTo("refers to unknown sector '99.99'");
    }

    @Test
    void deletingAMemberRemovesItsParticipationsTiesAndQuestions() {
        String region = region("delete");
        assertThat(json(api.get(region)).at("/counts/ties").asInt()).isEqualTo(1);

        assertThat(api.delete(region + "/members/green-college").statusCode()).isEqualTo(204);
        assertThat(api.delete(region + "/members/j-bakker").statusCode()).isEqualTo(204);

        JsonNode project = json(api.get(region + "/projects/biobased-granulate"));
        assertThat(project.at("/participants").size()).isEqualTo(1);
        assertThat(project.at("/participants/0/memberId").asString()).isEqualTo("starch-works");
        JsonNode counts = json(api.get(region)).at("/counts");
        assertThat(counts.get("members").asInt()).isEqualTo(1);
        assertThat(counts.get("ties").asInt()).isZero();
        assertThat(counts.get("questions").asInt()).isZero();
        assertThat(json(api.get(region + "/members/starch-works")).at("/suppliesTo").size()).isZero();
    }

    @Test
    void filtersBySectorBelowInTheHierarchyHelixYearAndName() {
        String region = region("filters");

        assertThat(ids(region + "/members?sector=C")).containsExactly("starch-works");
        assertThat(ids(region + "/members?sector=P")).containsExactly("green-college");
        assertThat(ids(region + "/members?helix=education")).containsExactly("green-college");
        assertThat(ids(region + "/members?year=2020")).containsExactly("green-college", "starch-works");
        assertThat(ids(region + "/members?year=2024")).containsExactly("green-college", "starch-works");
        assertThat(ids(region + "/members?year=2023")).containsExactly("green-college", "j-bakker", "starch-works");
        assertThat(ids(region + "/members?q=VEEN")).containsExactly("starch-works");
        assertThat(ids(region + "/members?size=1&page=1")).containsExactly("j-bakker");
        assertThat(json(api.get(region + "/members?sector=nope")).at("/errors/0/location").asString()).isEqualTo("sector");
    }

    @Test
    void servesProjectsQuestionsValueChainsAndTheSharedTaxonomy() {
        String region = region("others");

        assertThat(ids(region + "/projects?year=2025&status=ACTIVE&theme=energy-transition")).containsExactly("biobased-granulate");
        assertThat(ids(region + "/projects?year=2026")).isEmpty();
        assertThat(ids(region + "/questions?status=OPEN&theme=employment")).containsExactly("q-project-lead");
        assertThat(ids(region + "/value-chains")).containsExactly("starch-to-plastics");
        String chain = api.get(region + "/value-chains/starch-to-plastics").body();
        assertThat(api.put(region + "/value-chains/starch-to-plastics", chain.replace("Zetmeelwinning", "Winning")).statusCode())
                .isEqualTo(200);
        assertThat(json(api.get(region + "/value-chains/starch-to-plastics")).at("/steps/0/name").asString()).isEqualTo("Winning");
        assertThat(api.delete(region + "/questions/q-project-lead").statusCode()).isEqualTo(204);
        assertThat(api.get(region + "/questions/q-project-lead").statusCode()).isEqualTo(404);

        assertThat(json(api.get("/api/sectors/10.62")).at("/parentCode").asString()).isEqualTo("10");
        assertThat(json(api.get("/api/skills/by-id?id=http://data.europa.eu/esco/skill/870ac739-6eb1-42ed-8c3e-82af7c9e71d0"))
                .at("/name").asString()).isEqualTo("polymer chemistry");
        assertThat(json(api.get("/api/themes/employment")).at("/name").asString()).isEqualTo("Werkgelegenheid");
        assertThat(api.get("/api/themes/no-such-theme").statusCode()).isEqualTo(404);
    }
}
