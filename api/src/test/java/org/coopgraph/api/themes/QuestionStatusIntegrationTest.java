package org.coopgraph.api.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.json;

import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Status changes with dates on the sample's "vraag-robotisering" (asked 2024-02-12, open), in a region of its own. */
class QuestionStatusIntegrationTest extends EmbeddedContextTestBase {

    private static final String R = "/api/regions/it-question-status";
    private static final String Q = R + "/questions/vraag-robotisering/status";

    @Autowired
    CoordinatorKey key;

    private FeatureClient api;

    @BeforeEach
    void importSample() {
        api = new FeatureClient(port, key.value());
        assertThat(api.post(R + "/import", AgendaIntegrationTest.sample("it-question-status")).statusCode()).isEqualTo(200);
    }

    @Test
    void movesAQuestionOnStepByStepWithDatesAndCountsTheTimeToMatch() {
        var matched = api.post(Q, "{\"status\": \"MATCHED\", \"on\": \"2024-03-01\"}");
        assertThat(matched.statusCode()).isEqualTo(200);
        assertThat(json(matched).at("/daysToMatch").asLong()).isEqualTo(18);    // 12 to 29 February, then 1 March

        assertThat(api.post(Q, "{\"status\": \"MATCHED\", \"on\": \"2024-03-02\"}").statusCode()).isEqualTo(409);
        assertThat(api.post(Q, "{\"status\": \"ANSWERED\", \"on\": \"2024-03-02\"}").statusCode()).isEqualTo(409);
        assertThat(api.post(Q, "{\"status\": \"OPEN\", \"on\": \"2024-03-02\"}").statusCode()).isEqualTo(409);
        assertThat(json(api.post(Q, "{\"status\": \"IN_PROGRESS\", \"on\": \"2024-02-20\"}")).at("/errors/0/location").asString())
                .isEqualTo("/on");
        assertThat(api.post(Q, "{\"status\": \"IN_PROGRESS\", \"on\": \"2024-04-01\"}").statusCode()).isEqualTo(200);
        var answered = json(api.post(Q, "{\"status\": \"answered\", \"on\": \"2024-06-30\"}"));
        assertThat(answered.at("/status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.at("/changes").size()).isEqualTo(3);
        assertThat(answered.at("/daysToAnswer").asLong()).isEqualTo(139);
        assertThat(api.post(Q, "{\"status\": \"ANSWERED\", \"on\": \"2024-07-01\"}").statusCode()).isEqualTo(409);

        assertThat(json(api.get(R + "/questions/vraag-robotisering")).at("/status").asString()).isEqualTo("ANSWERED");
        var outcomes = json(api.get(R + "/agenda/questions?year=2024"));
        assertThat(outcomes.at("/matched").asInt()).isEqualTo(1);
        assertThat(outcomes.at("/answered").asInt()).isEqualTo(1);
        assertThat(outcomes.at("/medianDaysToMatch").asDouble()).isEqualTo(18.0);
        assertThat(json(api.get(Q)).at("/changes/2/on").asString()).isEqualTo("2024-06-30");
    }

    @Test
    void rejectsBadBodiesUnknownQuestionsAndCallersWithoutKey() {
        assertThat(json(api.post(Q, "{\"status\": \"DONE\"}")).at("/errors/0/location").asString()).isEqualTo("/status");
        assertThat(api.post(Q, "{}").statusCode()).isEqualTo(400);
        assertThat(json(api.post(Q, "{\"status\": \"MATCHED\", \"on\": \"2999-01-01\"}")).at("/errors/0/location").asString())
                .isEqualTo("/on");
        assertThat(api.post(Q, "{\"status\": \"MATCHED\", \"on\": \"1 March\"}").statusCode()).isEqualTo(400);
        assertThat(api.post(Q, "{\"status\": \"MATCHED\", \"on\": \"2024-01-01\"}").statusCode()).isEqualTo(400); // before asked
        assertThat(api.post(R + "/questions/nope/status", "{\"status\": \"MATCHED\"}").statusCode()).isEqualTo(404);
        assertThat(new FeatureClient(port, "wrong-key").post(Q, "{\"status\": \"MATCHED\"}").statusCode()).isEqualTo(401);
        assertThat(json(api.get(Q)).at("/changes").size()).isZero();
    }
}
