package org.coopgraph.api.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Suggestions on the Veenkoloniën sample through HTTP and the real embedded Neo4j: what a coordinator
 * would expect (the care-tech start-up is pointed to the two care organisations, with reasons in both
 * languages; the project that needs robotics learns nobody has it), consent for public callers and the
 * parameter errors.
 */
class SuggestionsIntegrationTest extends EmbeddedContextTestBase {

    static final String R = "/api/regions/it-suggestions";
    static final String STARTUP = "vb-zorgtech-startup-pekela";

    @Autowired
    CoordinatorKey key;

    private FeatureClient api;

    @BeforeEach
    void importSample() {
        api = new FeatureClient(port, key.value());
        assertThat(api.post(R + "/import", sampleDocument("it-suggestions")).statusCode()).isEqualTo(200);
    }

    @Test
    void theCareTechStartUpIsPointedToTheCareOrganisationsWithReasonsInEnglish() {
        JsonNode body = json(api.get(R + "/members/" + STARTUP + "/suggestions?limit=5"));
        assertThat(ids(body.at("/suggestions")).subList(0, 2)).containsExactly("vb-thuiszorg-pekela", "vb-zorggroep-kanaalstreek");
        JsonNode first = body.at("/suggestions/0");
        assertThat(first.at("/score").asDouble()).isEqualTo(3.5);
        assertThat(texts(first.at("/explanation"))).anyMatch(t -> t.startsWith(
                        "has skill geriatrics that your question \u201cWij zoeken een zorgorganisatie"))
                .contains("needs skill Zorgtechnologie voor thuiswonende ouderen for project Zorgtechnologie voor"
                        + " thuiswonende ouderen, which you have", "both work on theme Zorg");
        assertThat(first.at("/components/1/component").asString()).isEqualTo("complementarity");
        assertThat(first.at("/components/1/value").asDouble()).isEqualTo(2.0);
        assertThat(first.at("/components/1/evidence/0/ids/1").asString()).isEqualTo("vraag-testlocatie-zorg");
        assertThat(body.at("/language").asString()).isEqualTo("en");
    }

    @Test
    void explanationsComeInDutchForDutchCallers() {
        HttpResponse<String> response = getWithLanguage(R + "/members/" + STARTUP + "/suggestions", "nl-NL,nl;q=0.9,en;q=0.5");
        assertThat(response.headers().firstValue("Content-Language")).contains("nl");
        List<String> explanation = texts(json(response).at("/suggestions/0/explanation"));
        assertThat(explanation).anyMatch(t -> t.startsWith("heeft vaardigheid geriatrics waar uw vraag \u201cWij zoeken"))
                .contains("heeft vaardigheid Zorgtechnologie voor thuiswonende ouderen nodig voor project Zorgtechnologie"
                        + " voor thuiswonende ouderen, en die heeft u", "werken allebei aan thema Zorg");
    }

    @Test
    void sharedPartnersAreNamedWithTheProjectsThatLinkThem() {
        JsonNode first = json(api.get(R + "/members/witec/suggestions")).at("/suggestions/0");
        assertThat(first.at("/memberId").asString()).isEqualTo("vb-regionaal-werkbedrijf-kanaalstreek");
        assertThat(texts(first.at("/explanation"))).contains("both work with Ubbo Emmius (you on project Oprichting"
                + " Co\u00f6peratieve Innovatie Hub Veenkoloni\u00ebn, they on project Techniektalent Kanaalstreek)");
        JsonNode nl = json(getWithLanguage(R + "/members/witec/suggestions", "nl")).at("/suggestions/0");
        assertThat(texts(nl.at("/explanation"))).contains("werken allebei met Ubbo Emmius (u aan project Oprichting"
                + " Co\u00f6peratieve Innovatie Hub Veenkoloni\u00ebn, zij aan project Techniektalent Kanaalstreek)");
    }

    @Test
    void projectsLearnWhoTheyNeedAndWhatNobodyHas() {
        JsonNode robots = json(api.get(R + "/projects/robotisering-kleine-maakbedrijven/suggestions"));
        assertThat(ids(robots.at("/picks"))).containsExactly("vb-elektronica-stadskanaal");
        assertThat(robots.at("/uncovered/0/name").asString()).isEqualTo("robotics");
        // Polymer chemistry left with the plastics firm, and nobody has biobased compounding.
        JsonNode bioplastic = json(api.get(R + "/projects/zetmeel-naar-bioplastic/suggestions"));
        assertThat(bioplastic.at("/picks").size()).isZero();
        assertThat(bioplastic.at("/uncovered").size()).isEqualTo(2);
    }

    @Test
    void questionsAreMatchedToExpertsAndStudentTeams() {
        JsonNode matches = json(api.get(R + "/questions/vraag-testlocatie-zorg/matches"));
        assertThat(ids(matches.at("/experts"))).contains("vb-thuiszorg-pekela", "vb-zorggroep-kanaalstreek");
        assertThat(ids(matches.at("/studentTeams"))).containsExactly("noorderpoort");
        assertThat(texts(matches.at("/studentTeams/0/explanation")).get(0)).startsWith("teaches geriatrics");
    }

    @Test
    void publicCallersNeverSeeMembersWithoutConsent() {
        assertThat(api.get(R + "/members/" + STARTUP + "/suggestions").body()).contains("vb-gezondheidscentrum-veendam");
        for (String path : List.of(R + "/members/" + STARTUP + "/suggestions?limit=100", R + "/members/noorderpoort/suggestions?limit=100",
                R + "/questions/vraag-testlocatie-zorg/matches", R + "/projects/robotisering-kleine-maakbedrijven/suggestions")) {
            HttpResponse<String> response = api.publicGet(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("gezondheidscentrum").doesNotContain("Gezondheidscentrum")
                    .doesNotContain("vb-lunchroom-stadskanaal").doesNotContain("rein-advies");
        }
        assertThat(api.publicGet(R + "/members/vb-gezondheidscentrum-veendam/suggestions").statusCode()).isEqualTo(404);
    }

    @Test
    void badParametersAreRefusedByName() {
        assertThat(api.get(R + "/members/nobody/suggestions").statusCode()).isEqualTo(404);
        assertThat(api.get(R + "/projects/nothing/suggestions").statusCode()).isEqualTo(404);
        assertThat(api.get(R + "/questions/nothing/matches").statusCode()).isEqualTo(404);
        for (String bad : List.of("helix=PIRATES", "sector=ZZ", "theme=space", "year=1800", "limit=0", "limit=ten")) {
            HttpResponse<String> response = api.get(R + "/members/witec/suggestions?" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(json(response).at("/errors/0/location").asString()).as(bad).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
        assertThat(json(api.get(R + "/members/witec/suggestions?limit=1000")).at("/limit").asInt()).isEqualTo(100);
    }

    @Test
    void filtersNarrowTheCandidates() {
        JsonNode education = json(api.get(R + "/members/" + STARTUP + "/suggestions?helix=education"));
        assertThat(education.at("/suggestions").size()).isPositive();
        education.at("/suggestions").forEach(s -> assertThat(s.at("/helix").asString()).isEqualTo("EDUCATION"));
        JsonNode care = json(api.get(R + "/members/" + STARTUP + "/suggestions?sector=Q&theme=elderly"));
        assertThat(ids(care.at("/suggestions"))).contains("vb-thuiszorg-pekela").doesNotContain("noorderpoort");
    }

    private HttpResponse<String> getWithLanguage(String path, String language) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-API-Key", key.value()).header("Accept-Language", language).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.at("/memberId").asString()));
        return ids;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    static String sampleDocument(String regionId) {
        try (InputStream in = SampleRegion.openJson()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"id\": \"" + SampleRegion.ID + "\"", "\"id\": \"" + regionId + "\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
