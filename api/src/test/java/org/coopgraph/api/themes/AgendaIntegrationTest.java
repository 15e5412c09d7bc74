package org.coopgraph.api.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * The sample region (imported under a region id of its own) through HTTP on a real embedded Neo4j:
 * it was built with a conflict on the energy transition (five supporters, two opponents, one of them
 * without consent) and without any education member holding a stake in it.
 */
class AgendaIntegrationTest extends EmbeddedContextTestBase {

    static final String REGION = "it-agenda";
    static final String R = "/api/regions/" + REGION;
    static final String ENERGY = SampleRegion.expectations().conflict().themeId();
    static final String HIDDEN = "vb-dorpsbelangen-mussel";

    @Autowired
    CoordinatorKey key;

    @Autowired
    org.coopgraph.api.regions.RegionNetworks regions;

    FeatureClient api;

    static String sample(String regionId) {
        try (InputStream in = SampleRegion.openJson()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("\"id\": \"" + SampleRegion.ID + "\"", "\"id\": \"" + regionId + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void importSample() {
        api = new FeatureClient(port, key.value());
        assertThat(api.post(R + "/import", sample(REGION)).statusCode()).isEqualTo(200);
    }

    @Test
    void findsTheEnergyConflictWithItsChannelPairsWithinReachAndPairsThatNeedABroker() {
        JsonNode map = json(api.get(R + "/themes/" + ENERGY + "/stakeholders"));
        var conflict = SampleRegion.expectations().conflict();

        assertThat(ids(map.at("/supporters/members"))).containsExactlyElementsOf(conflict.supporters());
        assertThat(ids(map.at("/opponents/members"))).containsExactlyElementsOf(conflict.opponents());
        assertThat(map.at("/supporters/tied").asBoolean()).isTrue();
        assertThat(map.at("/opponents/tied").asBoolean()).isFalse();
        // Housing foundation and village council met in the village-hall project: a channel to talk.
        assertThat(map.at("/collaborating/total").asInt()).isEqualTo(1);
        assertThat(map.at("/collaborating/listed/0/supporterId").asString()).isEqualTo("vb-woningstichting-kanaalstreek");
        assertThat(map.at("/collaborating/listed/0/opponentId").asString()).isEqualTo(HIDDEN);
        assertThat(map.at("/withinReach/total").asInt()).isEqualTo(5);
        assertThat(map.at("/needBroker/total").asInt()).isEqualTo(4);
        for (JsonNode pair : map.at("/needBroker/listed")) {
            assertThat(pair.at("/brokerCount").asInt()).as(pair.toString()).isPositive();
            assertThat(pair.at("/hops").isNull()).isTrue();
        }
        assertThat(map.at("/stakeholders").size()).isEqualTo(8);
    }

    @Test
    void findsTheMissingEducationHelixAndWhoCouldFillIt() {
        JsonNode coverage = json(api.get(R + "/themes/" + ENERGY + "/coverage"));

        assertThat(coverage.at("/helices/1/helix").asString()).isEqualTo("EDUCATION");
        assertThat(coverage.at("/helices/1/status").asString()).isEqualTo("MISSING");
        assertThat(ids(coverage.at("/helices/1/involvedWithoutStake"))).containsExactly("noorderpoort");
        assertThat(coverage.at("/tripleHelixComplete").asBoolean()).isFalse();
        // Industry (influence 2 at most) and civil society (3 at most) hold stakes but are weak.
        assertThat(coverage.at("/whoWeNeed").findValuesAsString("helix")).containsExactly("INDUSTRY", "EDUCATION", "CIVIL_SOCIETY");
        assertThat(coverage.at("/whoWeNeed/0/status").asString()).isEqualTo("WEAK");
        JsonNode education = coverage.at("/whoWeNeed/1");
        assertThat(education.at("/status").asString()).isEqualTo("MISSING");
        assertThat(education.at("/candidates/0/memberId").asString()).isEqualTo("noorderpoort");
        assertThat(education.at("/candidates/0/involved").asBoolean()).isTrue();
    }

    @Test
    void aSecondThemeHasANonTrivialMapToo() {
        JsonNode employment = json(api.get(R + "/themes/employment/stakeholders"));
        assertThat(employment.at("/supporters/members").size()).isEqualTo(7);
        assertThat(employment.at("/supporters/tied").asBoolean()).isTrue();
        JsonNode rural = json(api.get(R + "/themes/rural-liveability/coverage"));
        assertThat(rural.at("/whoWeNeed").findValuesAsString("helix")).containsExactly("EDUCATION", "GOVERNMENT", "CIVIL_SOCIETY");
        assertThat(rural.at("/whoWeNeed/2/status").asString()).isEqualTo("WEAK"); // the village council: influence 2
    }

    @Test
    void answersUnknownThemesWith404AndBadParametersWith400() {
        assertThat(api.get(R + "/themes/no-such-theme/stakeholders").statusCode()).isEqualTo(404);
        assertThat(api.get(R + "/themes/no-such-theme/coverage").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/regions/no-such-region/agenda").statusCode()).isEqualTo(404);
        for (String query : List.of("year=abc", "year=1850", "year=2099", "k=0", "k=7", "k=two")) {
            var response = api.get(R + "/themes/" + ENERGY + "/stakeholders?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        }
        assertThat(api.get(R + "/agenda?year=1850").statusCode()).isEqualTo(400);
    }

    @Test
    void publicCallersSeeNonConsentingMembersOnlyAsCounts() {
        for (String path : List.of("/themes/" + ENERGY + "/stakeholders", "/themes/" + ENERGY + "/coverage",
                "/themes/rural-liveability/coverage", "/agenda?year=2025")) {
            var response = api.publicGet(R + path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain(HIDDEN).doesNotContain("Dorpsbelangen")
                    .doesNotContain("vb-sportvereniging-stadskanaal");
        }
        JsonNode map = json(api.publicGet(R + "/themes/" + ENERGY + "/stakeholders"));
        assertThat(map.at("/hiddenStakeholders/0/sectorCode").asString()).isEqualTo("94");
        assertThat(map.at("/hiddenStakeholders/0/opponents").asInt()).isEqualTo(1);
        assertThat(map.at("/opponents/hiddenMembers").asInt()).isEqualTo(1);
        assertThat(map.at("/collaborating/total").asInt()).isEqualTo(1);
        assertThat(map.at("/collaborating/hiddenListed").asInt()).isEqualTo(1);
        assertThat(map.at("/collaborating/listed").size()).isZero();
    }

    @Test
    void labelsFollowAcceptLanguage() {
        HttpResponse<String> dutch = getWithLanguage(R + "/themes/" + ENERGY + "/stakeholders", "nl-NL,nl;q=0.9,en;q=0.5");
        assertThat(dutch.headers().firstValue("Content-Language")).hasValue("nl");
        JsonNode nl = json(dutch);
        JsonNode en = json(getWithLanguage(R + "/themes/" + ENERGY + "/stakeholders", "en"));
        assertThat(nl.at("/supporters/label").asString()).isEqualTo("voor");
        assertThat(en.at("/supporters/label").asString()).isEqualTo("supports");
        assertThat(nl.at("/stakeholders/0/memberId").asString()).isEqualTo(en.at("/stakeholders/0/memberId").asString());
    }

    @Test
    void ranksEveryThemeWithTheYearBefore() {
        JsonNode agenda = json(api.get(R + "/agenda?year=2025"));
        assertThat(agenda.at("/previousYear").asInt()).isEqualTo(2024);
        // Every theme of the shared taxonomy: the sample's 8, and any another test of this context imported.
        int themes = regions.taxonomy().themes().size();
        assertThat(themes).isGreaterThanOrEqualTo(8);
        assertThat(agenda.at("/themes").size()).isEqualTo(themes);
        var ranks = new ArrayList<Integer>();
        agenda.at("/themes").forEach(t -> ranks.add(t.at("/rank").asInt()));
        assertThat(ranks).isEqualTo(java.util.stream.IntStream.rangeClosed(1, themes).boxed().toList());
        assertThat(agenda.at("/themes/0/score").asDouble())
                .isGreaterThan(agenda.at("/themes/" + (themes - 1) + "/score").asDouble());
        assertThat(agenda.at("/formula").asString()).contains("interest x influence");
    }

    @Test
    void aRevalidatingClientGets304UntilTheDataChanges() {
        String path = R + "/themes/" + ENERGY + "/coverage";
        String etag = api.get(path).headers().firstValue("ETag").orElseThrow();
        assertThat(getWith(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(api.publicGet(path).headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        assertThat(getWith(path, "Accept-Language", "nl").headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
    }

    static List<String> ids(JsonNode array) {
        var ids = new ArrayList<String>();
        array.forEach(n -> ids.add(n.asString()));
        return ids;
    }

    private HttpResponse<String> getWithLanguage(String path, String language) {
        return getWith(path, "Accept-Language", language);
    }

    private HttpResponse<String> getWith(String path, String header, String value) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-API-Key", key.value()).header(header, value).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
