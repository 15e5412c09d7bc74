package org.coopgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.HttpProbe;
import org.coopgraph.api.security.CoordinatorKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every query parameter of every endpoint, given values out of bounds (huge, negative, not a number,
 * unknown names, overlong text): each answer is 400 problem+json naming the parameter, never a 5xx.
 * The values at the bounds are accepted. The region brings no theme: themes are shared by all regions
 * and other tests count them (the theme routes check their parameters before looking the theme up).
 */
class ParameterBoundsIntegrationTest extends EmbeddedContextTestBase {

    private static final String R = "/api/regions/bounds";
    private static final String LONG = "x".repeat(201);
    private static final String DOCUMENT = """
            {"region": {"id": "bounds", "name": "Bounds", "country": "NL"},
             "sectors": [{"code": "C", "name": "Industrie", "level": 1}],
             "skills": [{"id": "bounds-s1", "name": "Lassen"}],
             "members": [
               {"id": "m1", "name": "Alpha", "kind": "COMPANY", "helix": "INDUSTRY", "publicProfile": true,
                "sectors": [{"code": "C", "primary": true}], "skills": [{"skillId": "bounds-s1", "level": 3}]},
               {"id": "m2", "name": "Beta", "kind": "SCHOOL", "helix": "EDUCATION", "publicProfile": true}],
             "projects": [{"id": "p1", "name": "P", "startYear": 2020, "participants": [{"memberId": "m1", "role": "LEAD"}]}],
             "questions": [{"id": "q1", "memberId": "m1", "text": "Wie last?", "askedOn": "2024-01-05", "needs": ["bounds-s1"]}],
             "ties": [{"fromId": "m1", "toId": "m2", "sinceYear": 2020}],
             "valueChains": [{"id": "vc1", "name": "Keten", "steps": [{"id": "st1", "name": "Lassen", "position": 1, "skills": ["bounds-s1"]}]}]}
            """;

    @Autowired
    CoordinatorKey key;

    @BeforeEach
    void region() {
        assertThat(http.postJson(R + "/import", DOCUMENT, key.value()).statusCode()).isEqualTo(200);
    }

    /** One request that must be refused, naming {@code parameter}. */
    private record Case(String path, String parameter, String value) {
        String url() {
            return path + (path.contains("?") ? "&" : "?") + parameter + "=" + java.net.URLEncoder.encode(value,
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static List<Case> cases() {
        var cases = new ArrayList<Case>();
        String[] huge = {"-1", "abc", "99999999999", "1e3", "0x10", " "};
        for (String list : List.of("/api/regions", R + "/members", R + "/projects", R + "/questions", R + "/value-chains",
                "/api/sectors", "/api/skills", "/api/themes")) {
            for (String value : huge) {
                if (!value.isBlank()) {
                    cases.add(new Case(list, "page", value));
                }
            }
            for (String value : List.of("0", "501", "-5", "abc", "99999999999")) {
                cases.add(new Case(list, "size", value));
            }
        }
        for (String path : List.of(R + "/members", R + "/projects", R + "/members/m1/suggestions", R + "/analysis/cross-sector",
                R + "/analysis/competences", R + "/value-chains/gaps", R + "/value-chains/vc1/gaps", R + "/agenda",
                R + "/agenda/questions", R + "/themes/t1/stakeholders", R + "/themes/t1/coverage", R + "/network")) {
            for (String value : List.of("1899", "2101", "abc", "99999999999", "-2020")) {
                cases.add(new Case(path, "year", value));
            }
        }
        for (String path : List.of(R + "/value-chains/gaps", R + "/value-chains/vc1/gaps", R + "/themes/t1/stakeholders")) {
            for (String value : List.of("0", "-1", "abc", "99999999999")) {
                cases.add(new Case(path, "k", value));
            }
        }
        for (String path : List.of(R + "/members/m1/suggestions", R + "/questions/q1/matches")) {
            for (String value : List.of("0", "-1", "abc", "99999999999")) {
                cases.add(new Case(path, "limit", value));
            }
        }
        for (String value : List.of("-1", "abc", "99999999999")) {
            cases.add(new Case(R + "/network", "community", value));
        }
        cases.add(new Case(R + "/members", "helix", "FOO"));
        cases.add(new Case(R + "/members/m1/suggestions", "helix", "FOO"));
        cases.add(new Case(R + "/network", "helix", "FOO"));
        cases.add(new Case(R + "/projects", "status", "FOO"));
        cases.add(new Case(R + "/questions", "status", "FOO"));
        cases.add(new Case(R + "/analysis/cross-sector", "level", "FOO"));
        for (String parameter : List.of("format", "view", "lang", "colour")) {
            cases.add(new Case(R + "/network", parameter, "FOO"));
        }
        cases.add(new Case(R + "/members/m1/suggestions", "sector", "nope"));
        cases.add(new Case(R + "/members/m1/suggestions", "theme", "nope"));
        for (String[] text : new String[][] {{R + "/members", "q"}, {R + "/members", "sector"}, {R + "/projects", "theme"},
                {R + "/questions", "theme"}, {R + "/members/m1/suggestions", "sector"}, {R + "/network", "sector"},
                {R + "/network", "token"}, {"/api/sectors", "q"}, {"/api/skills", "q"}, {"/api/themes", "q"},
                {"/api/skills/by-id", "id"}, {"/embed/bounds", "lang"}}) {
            cases.add(new Case(text[0], text[1], LONG));
        }
        return cases;
    }

    @Test
    void everyOutOfBoundsParameterIs400NamingIt() {
        var wrong = new ArrayList<String>();
        for (Case c : cases()) {
            var response = http.get(c.url());
            String type = response.headers().firstValue("Content-Type").orElse("");
            String location = response.statusCode() == 400 ? HttpProbe.json(response).at("/errors/0/location").asString("") : "";
            if (response.statusCode() != 400 || !type.startsWith("application/problem+json") || !location.equals(c.parameter())) {
                wrong.add(c.url().substring(0, Math.min(120, c.url().length())) + " -> " + response.statusCode() + " "
                        + type + " " + location);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        for (String url : List.of(R + "/members?size=500&page=0", R + "/members?size=1&page=2147483647",
                R + "/members?q=" + "x".repeat(200), R + "/members?year=1900", R + "/members?year=2100",
                R + "/value-chains/gaps?k=1", R + "/members/m1/suggestions?limit=1", R + "/members/m1/suggestions?limit=100000")) {
            assertThat(http.get(url).statusCode()).as(url).isEqualTo(200);
        }
    }
}
