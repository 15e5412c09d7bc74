package org.coopgraph.analytics.crosssector;

import java.util.List;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Taxonomy;

/** A slice of SBI 2008 for tests: sections C, K, P with a few divisions, one group and one class. */
final class SbiSample {

    static final Taxonomy TAXONOMY = Taxonomy.of(List.of(
            new Sector("C", "SBI2008", "Industrie", 1, null),
            new Sector("10", "SBI2008", "Vervaardiging van voedingsmiddelen", 2, "C"),
            new Sector("107", "SBI2008", "Vervaardiging van brood en deegwaren", 3, "10"),
            new Sector("1071", "SBI2008", "Vervaardiging van brood en vers banketbakkerswerk", 4, "107"),
            new Sector("25", "SBI2008", "Vervaardiging van producten van metaal", 2, "C"),
            new Sector("K", "SBI2008", "Financiele instellingen", 1, null),
            new Sector("64", "SBI2008", "Financiele instellingen, geen verzekeringen", 2, "K"),
            new Sector("P", "SBI2008", "Onderwijs", 1, null),
            new Sector("85", "SBI2008", "Onderwijs", 2, "P")), List.of(), List.of());

    private SbiSample() {
    }

    static NetworkSnapshot withTaxonomy(NetworkSnapshot snapshot) {
        return new NetworkSnapshot(snapshot.region(), snapshot.dataVersion(), null, TAXONOMY, snapshot.members(),
                snapshot.projects(), snapshot.questions(), snapshot.ties(), snapshot.valueChains());
    }
}
