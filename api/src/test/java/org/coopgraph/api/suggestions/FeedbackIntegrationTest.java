package org.coopgraph.api.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.json;
import static org.coopgraph.api.suggestions.SuggestionsIntegrationTest.ids;
import static org.coopgraph.api.suggestions.SuggestionsIntegrationTest.sampleDocument;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.security.CoordinatorKey;
import org.coopgraph.model.TieKind;
import org.coopgraph.model.port.FeedbackStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Coordinators' feedback through HTTP, persisted in the embedded Neo4j; each test has a region of its own. */
class FeedbackIntegrationTest extends EmbeddedContextTestBase {

    private static final String STARTUP = "vb-zorgtech-startup-pekela";

    @Autowired
    CoordinatorKey key;
    @Autowired
    RegionNetworks networks;
    @Autowired
    FeedbackStore store;

    @Test
    void aRejectedPartnerIsNeverSuggestedAgainAndNothingElseChanges() {
        String r = region("it-feedback-reject");
        long version = networks.current("it-feedback-reject").dataVersion();
        assertThat(ids(json(api().get(r + "/members/" + STARTUP + "/suggestions")).at("/suggestions"))).contains("vb-thuiszorg-pekela");

        var response = api().post(r + "/suggestions/feedback",
                "{\"memberId\": \"" + STARTUP + "\", \"partnerId\": \"vb-thuiszorg-pekela\", \"decision\": \"REJECTED\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/tieCreated").asBoolean()).isFalse();
        assertThat(json(response).at("/dataVersion").asLong()).isEqualTo(version);

        assertThat(ids(json(api().get(r + "/members/" + STARTUP + "/suggestions?limit=100")).at("/suggestions")))
                .doesNotContain("vb-thuiszorg-pekela").contains("vb-zorggroep-kanaalstreek");
        // Either way round: the care organisation is not offered the start-up either.
        assertThat(ids(json(api().get(r + "/members/vb-thuiszorg-pekela/suggestions?limit=100")).at("/suggestions")))
                .doesNotContain(STARTUP);
        assertThat(networks.current("it-feedback-reject").dataVersion()).isEqualTo(version);
        assertThat(store.rejectedPartners("it-feedback-reject", STARTUP)).containsExactly("vb-thuiszorg-pekela");
    }

    @Test
    void anAcceptedSuggestionBecomesACollaborationTie() {
        String r = region("it-feedback-accept");
        long version = networks.current("it-feedback-accept").dataVersion();
        var response = api().post(r + "/suggestions/feedback", "{\"memberId\": \"" + STARTUP
                + "\", \"partnerId\": \"vb-zorggroep-kanaalstreek\", \"decision\": \"ACCEPTED\", \"createTie\": true}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json(response);
        assertThat(result.at("/tieCreated").asBoolean()).isTrue();
        assertThat(result.at("/dataVersion").asLong()).isEqualTo(version + 1);

        var snapshot = networks.current("it-feedback-accept");
        assertThat(snapshot.ties()).anyMatch(t -> t.fromId().equals(STARTUP) && t.toId().equals("vb-zorggroep-kanaalstreek")
                && t.kind() == TieKind.COLLABORATION);
        // Now tied, so no longer a suggestion.
        assertThat(ids(json(api().get(r + "/members/" + STARTUP + "/suggestions?limit=100")).at("/suggestions")))
                .doesNotContain("vb-zorggroep-kanaalstreek");
        // Accepting again writes nothing new.
        var again = json(api().post(r + "/suggestions/feedback", "{\"memberId\": \"vb-zorggroep-kanaalstreek\", \"partnerId\": \""
                + STARTUP + "\", \"decision\": \"ACCEPTED\", \"createTie\": true}"));
        assertThat(again.at("/tieCreated").asBoolean()).isFalse();
        assertThat(again.at("/dataVersion").asLong()).isEqualTo(version + 1);
    }

    @Test
    void feedbackNeedsTheCoordinatorKeyAndAValidBody() throws Exception {
        String r = region("it-feedback-invalid");
        var anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + r
                        + "/suggestions/feedback")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"memberId\": \"witec\", \"partnerId\": \"puurid\", \"decision\": \"REJECTED\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(store.decisions("it-feedback-invalid")).isEmpty();

        assertThat(location(api().post(r + "/suggestions/feedback", "{\"partnerId\": \"puurid\", \"decision\": \"REJECTED\"}")))
                .isEqualTo("/memberId");
        assertThat(location(api().post(r + "/suggestions/feedback", "{\"memberId\": \"witec\", \"partnerId\": \"witec\", \"decision\": \"REJECTED\"}")))
                .isEqualTo("/partnerId");
        assertThat(location(api().post(r + "/suggestions/feedback", "{\"memberId\": \"witec\", \"partnerId\": \"puurid\"}")))
                .isEqualTo("/decision");
        assertThat(location(api().post(r + "/suggestions/feedback",
                "{\"memberId\": \"witec\", \"partnerId\": \"puurid\", \"decision\": \"REJECTED\", \"createTie\": true}")))
                .isEqualTo("/createTie");
        assertThat(api().post(r + "/suggestions/feedback", "{\"memberId\": \"witec\", \"partnerId\": \"nobody\", \"decision\": \"REJECTED\"}")
                .statusCode()).isEqualTo(404);
        assertThat(api().post(r + "/suggestions/feedback", "{\"memberId\": \"witec\", \"partnerId\": \"puurid\", \"decision\": \"MAYBE\"}")
                .statusCode()).isEqualTo(400);
        assertThat(store.decisions("it-feedback-invalid")).isEmpty();
    }

    private FeatureClient api() {
        return new FeatureClient(port, key.value());
    }

    private String region(String id) {
        assertThat(api().post("/api/regions/" + id + "/import", sampleDocument(id)).statusCode()).isEqualTo(200);
        return "/api/regions/" + id;
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        return json(response).at("/errors/0/location").asString();
    }
}
