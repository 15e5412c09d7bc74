package org.coopgraph.api.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.coopgraph.api.imports.RegionDocumentReader;
import org.coopgraph.fixtures.SampleRegion;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.RegionDocument;
import org.coopgraph.model.Taxonomy;

/** Snapshots of fixture documents as the store would return them (undated, at a given data version). */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static RegionDocument sampleDocument() {
        try (var in = SampleRegion.openJson()) {
            var outcome = new RegionDocumentReader(200_000).read(in.readAllBytes());
            if (!outcome.violations().isEmpty()) {
                throw new IllegalStateException("sample does not read: " + outcome.violations());
            }
            return outcome.document();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NetworkSnapshot snapshot(RegionDocument doc, long dataVersion) {
        return new NetworkSnapshot(doc.region(), dataVersion, null,
                Taxonomy.of(doc.sectors(), doc.skills(), doc.themes()), doc.members(), doc.projects(), doc.questions(),
                doc.ties(), doc.valueChains());
    }
}
