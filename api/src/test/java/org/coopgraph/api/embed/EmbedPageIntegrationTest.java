package org.coopgraph.api.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopgraph.api.regions.FeatureClient.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.security.CoordinatorKey;
import org.coopgraph.model.Member;
import org.coopgraph.model.Region;
import org.coopgraph.model.RegionDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embed page over HTTP: its security headers, that everything it loads comes from this
 * service, and (with random consent) that no public byte it loads names a member without consent.
 */
class EmbedPageIntegrationTest extends EmbeddedContextTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Autowired
    CoordinatorKey key;

    private FeatureClient api;

    @BeforeEach
    void client() {
        api = new FeatureClient(port, key.value());
    }

    private RegionDocument importRandom(long seed) {
        String id = "it-embed-leak-" + seed;
        RegionDocument doc = org.coopgraph.api.network.LeakRegions.random(seed, id);
        assertThat(api.post("/api/regions/" + id + "/import", JSON.writeValueAsString(doc)).statusCode()).isEqualTo(200);
        return doc;
    }

    @Test
    void thePageIsSelfContainedAndOnlyItsOwnSiteAndPartnersMayFrameIt() {
        importRandom(1);
        var page = api.publicGet("/embed/it-embed-leak-1?lang=nl");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'self'").doesNotContain("unsafe");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.body()).contains("<html lang=\"nl\">", "data-region=\"it-embed-leak-1\"");
        for (String asset : assets(page.body())) {
            assertThat(asset).as("no CDN").startsWith("/");
            assertThat(api.publicGet(asset).statusCode()).as(asset).isEqualTo(200);
        }
        assertThat(api.publicGet("/embed/it-embed-none").statusCode()).isEqualTo(404);
    }

    @Test
    void regionNamesAreEscapedInThePage() {
        RegionDocument doc = importRandom(2);
        String id = "it-embed-escape";
        RegionDocument odd = new RegionDocument(new Region(id, "<script>alert(1)</script> & \"Co\"", "NL"), doc.sectors(),
                doc.skills(), doc.themes(), doc.members(), doc.projects(), doc.questions(), doc.ties(), doc.valueChains());
        assertThat(api.post("/api/regions/" + id + "/import", JSON.writeValueAsString(odd)).statusCode()).isEqualTo(200);
        String html = api.publicGet("/embed/" + id).body();
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;");
    }

    @Test
    void nothingThePublicPageLoadsNamesAMemberWithoutConsent() {
        for (long seed = 3; seed <= 8; seed++) {
            RegionDocument doc = importRandom(seed);
            String id = doc.region().id();
            List<String> bodies = new ArrayList<>();
            String html = api.publicGet("/embed/" + id).body();
            bodies.add(html);
            assets(html).stream().filter(a -> !a.contains("/webjars/")).forEach(a -> bodies.add(api.publicGet(a).body()));
            for (String format : new String[] {"cytoscape", "gexf", "graphml"}) {
                for (String filter : new String[] {"", "&helix=INDUSTRY", "&sector=C", "&community=0", "&lang=nl&colour=community"}) {
                    var response = api.publicGet("/api/regions/" + id + "/network?format=" + format + filter);
                    assertThat(response.statusCode()).isEqualTo(200);
                    bodies.add(response.body());
                }
            }
            String full = api.get("/api/regions/" + id + "/network?view=full").body();
            for (Member m : doc.members()) {
                if (m.publicProfile()) {
                    continue;
                }
                for (String secret : new String[] {m.id(), m.name(), m.municipality(), m.website()}) {
                    bodies.forEach(body -> assertThat(body).as("region %s", id).doesNotContain(secret));
                }
                if (m.left() == null) {
                    assertThat(full).contains(m.name());   // the check can see a name when it is there
                }
            }
            assertThat(json(api.publicGet("/api/regions/" + id + "/network")).at("/view").asString()).isEqualTo("public");
        }
    }

    private static List<String> assets(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            if (!m.group(1).startsWith("data:") && !m.group(1).startsWith("#")) {
                found.add(m.group(1));
            }
        }
        return found;
    }
}
