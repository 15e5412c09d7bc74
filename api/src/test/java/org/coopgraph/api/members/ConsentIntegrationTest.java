package org.coopgraph.api.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.exampleDocument;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.util.List;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A caller without the coordinator key never sees the member without public profile ("j-bakker",
 * "J. Bakker Advies"), in any response; a coordinator does (so the assertions could fail).
 */
class ConsentIntegrationTest extends EmbeddedContextTestBase {

    private static final String R = "/api/regions/it-consent";
    private static final List<String> PATHS = List.of(R + "/members", R + "/members?year=2023", R + "/projects",
            R + "/projects/biobased-granulate", R + "/questions", R + "/questions/q-project-lead");

    @Autowired
    CoordinatorKey key;

    private FeatureClient api;

    @BeforeEach
    void importRegion() {
        api = new FeatureClient(port, key.value());
        assertThat(api.post(R + "/import", exampleDocument("it-consent")).statusCode()).isEqualTo(200);
    }

    @Test
    void publicCallersNeverSeeTheNonConsentingMembersIdOrName() {
        for (String path : PATHS) {
            var response = api.publicGet(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("j-bakker").doesNotContain("Bakker");
        }
        assertThat(api.publicGet(R + "/members/j-bakker").statusCode()).isEqualTo(404);
    }

    @Test
    void publicCallersSeePlaceholdersAndTheHiddenCount() {
        var members = json(api.publicGet(R + "/members"));
        assertThat(members.at("/totalItems").asInt()).isEqualTo(2);
        assertThat(members.at("/hiddenMembers").asInt()).isEqualTo(1);

        var participant = json(api.publicGet(R + "/projects/biobased-granulate")).at("/participants/1"); // sorted by member id: green-college, j-bakker, starch-works
        assertThat(participant.has("memberId")).isFalse();
        assertThat(participant.at("/hidden").asBoolean()).isTrue();
        assertThat(participant.at("/role").asString()).isEqualTo("EXPERT");
        assertThat(json(api.publicGet(R + "/questions/q-project-lead")).at("/hidden").asBoolean()).isTrue();
    }

    @Test
    void coordinatorsSeeEveryone() {
        for (String path : PATHS) {
            assertThat(api.get(path).body()).as(path).contains("j-bakker");
        }
        assertThat(json(api.get(R + "/members")).at("/hiddenMembers").asInt()).isZero();
        assertThat(json(api.get(R + "/members/j-bakker")).at("/name").asString()).isEqualTo("J. Bakker Advies");
    }
}
