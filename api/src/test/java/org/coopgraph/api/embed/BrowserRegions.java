package org.coopgraph.api.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.coopgraph.fixtures.SyntheticRegion;
import org.coopgraph.model.Region;
import org.coopgraph.model.RegionDocument;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Import documents for the browser test: the Veenkoloniën sample and a synthetic region, under new ids. */
final class BrowserRegions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BrowserRegions() {
    }

    static String sample(String regionId) {
        try (InputStream in = BrowserRegions.class.getResourceAsStream("/fixtures/veenkolonien.json")) {
            ObjectNode doc = (ObjectNode) JSON.readTree(in);
            ((ObjectNode) doc.get("region")).put("id", regionId);
            return JSON.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String synthetic(String regionId, int members) {
        RegionDocument doc = SyntheticRegion.generate(20240301L, members);
        RegionDocument renamed = new RegionDocument(new Region(regionId, doc.region().name(), "NL"), doc.sectors(),
                doc.skills(), doc.themes(), doc.members(), doc.projects(), doc.questions(), doc.ties(), doc.valueChains());
        return JSON.writeValueAsString(renamed);
    }
}
