package org.coopgraph.api.crosssector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.crosssector.SampleRegionAnalysisIntegrationTest.sampleDocument;
import static org.coopgraph.api.crosssector.SampleRegionAnalysisIntegrationTest.texts;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.util.ArrayList;
import java.util.List;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.coopgraph.fixtures.SampleRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * No analysis answer to a caller without the coordinator key carries the id or the name of a member
 * without public profile (eight in the sample region), whatever the parameters; coordinators see them
 * (so the leak assertions can fail).
 */
class AnalysisConsentIntegrationTest extends EmbeddedContextTestBase {

    private static final String REGION = "it-analytics-consent";
    private static final String R = "/api/regions/" + REGION;
    private static final List<String> PATHS = List.of(R + "/analysis/cross-sector", R + "/analysis/cross-sector?level=section",
            R + "/analysis/cross-sector?year=2021", R + "/analysis/competences", R + "/analysis/competences?year=2020",
            R + "/value-chains/gaps", R + "/value-chains/gaps?k=1", R + "/value-chains/zetmeelaardappel-biobased/gaps",
            R + "/value-chains/hightech-maakindustrie/gaps?k=6", R + "/value-chains/hightech-maakindustrie/gaps?k=1&year=2022");

    @Autowired
    CoordinatorKey key;

    private FeatureClient api;
    private List<String> hidden;

    @BeforeEach
    void importSample() {
        api = new FeatureClient(port, key.value());
        assertThat(api.post(R + "/import", sampleDocument(REGION)).statusCode()).isEqualTo(200);
        hidden = new ArrayList<>();
        for (String id : SampleRegion.expectations().membersWithoutConsent()) {
            hidden.add("\"" + id + "\"");
            hidden.add(json(api.get(R + "/members/" + id)).at("/name").asString());
        }
        assertThat(hidden).hasSize(16);
    }

    @Test
    void publicAnswersNeverNameAMemberWithoutConsent() {
        for (String path : PATHS) {
            var response = api.publicGet(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            for (String leak : hidden) {
                assertThat(response.body()).as(path).doesNotContain(leak);
            }
        }
    }

    @Test
    void coordinatorsSeeTheMembersThePublicDoesNot() {
        String all = String.join("\n", PATHS.stream().map(p -> api.get(p).body()).toList());

        assertThat(hidden).allSatisfy(leak -> assertThat(all).contains(leak));
    }

    @Test
    void publicAnswersKeepTheCountsAndShowAPlaceholder() {
        JsonNode kredietunie = null;
        for (JsonNode point : json(api.publicGet(R + "/analysis/cross-sector")).at("/result/connectivity/articulationPoints")) {
            if ("kredietunie-oost-groningen".equals(point.at("/memberId").asString())) {
                kredietunie = point;
            }
        }

        assertThat(kredietunie).isNotNull();
        assertThat(kredietunie.at("/cutOffCount").asInt()).isEqualTo(3);
        // vb-lunchroom-stadskanaal gave no consent: a null placeholder, listed last.
        assertThat(texts(kredietunie.at("/cutOffMembers")))
                .containsExactly("vb-streekproducten-groothandel-ter-apel", "vb-zorgtech-startup-pekela", null);
        assertThat(json(api.publicGet(R + "/analysis/cross-sector")).at("/memberNames").has("vb-lunchroom-stadskanaal")).isFalse();
    }
}
