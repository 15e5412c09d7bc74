package org.coopgraph.api.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.json;
import static org.coopgraph.api.suggestions.SuggestionsIntegrationTest.ids;
import static org.coopgraph.api.suggestions.SuggestionsIntegrationTest.sampleDocument;

import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A member that just joined, with no ties or projects, is still suggested partners from its skills and themes. */
class ColdStartIntegrationTest extends EmbeddedContextTestBase {

    private static final String R = "/api/regions/it-suggestions-cold";
    private static final String NEWCOMER = """
            {"members": [{"id": "it-newcomer", "name": "Nieuwe Zorgpraktijk", "kind": "COMPANY", "helix": "INDUSTRY",
              "publicProfile": true, "joined": 2025,
              "skills": [{"skillId": "http://data.europa.eu/esco/skill/52c19dc8-651f-4095-98fe-dcb2799d702e", "level": 4}],
              "stakes": [{"themeId": "elderly", "interest": 4, "influence": 2, "stance": "SUPPORTS"}]}]}
            """;

    @Autowired
    CoordinatorKey key;

    @Test
    void aNewcomerWithoutTiesGetsSuggestionsFromComplementarityAndThemes() {
        var api = new FeatureClient(port, key.value());
        assertThat(api.post(R + "/import", sampleDocument("it-suggestions-cold")).statusCode()).isEqualTo(200);
        assertThat(api.post(R + "/import", NEWCOMER).statusCode()).isEqualTo(200);

        JsonNode body = json(api.get(R + "/members/it-newcomer/suggestions"));
        // Three score 1.5 (ties by id): the care organisations, whose project needs care technology (the
        // newcomer's geriatrics is related: 0.5), support the elderly too (0.75) and are another helix
        // (0.25); the start-up's question needs geriatrics itself (1) and it has the elderly on its agenda (0.5).
        assertThat(ids(body.at("/suggestions")).subList(0, 3))
                .containsExactly("vb-thuiszorg-pekela", "vb-zorggroep-kanaalstreek", "vb-zorgtech-startup-pekela");
        JsonNode startup = body.at("/suggestions/2");
        assertThat(startup.at("/score").asDouble()).isEqualTo(1.5);
        assertThat(startup.at("/components/1/value").asDouble()).isEqualTo(1.0);
        assertThat(startup.at("/components/4/value").asDouble()).isEqualTo(0.5);
        body.at("/suggestions").forEach(s -> assertThat(s.at("/components/0/value").asDouble()).isZero());
    }
}
