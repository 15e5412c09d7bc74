package org.coopgraph.api.members;

import java.util.Locale;
import org.coopgraph.api.regions.QueryParams;
import org.coopgraph.model.Helix;

/**
 * The member list's filters, each optional: {@code sector} (that sector or any below it in the SBI
 * hierarchy), {@code helix}, {@code year} (member in that year) and {@code q} (name contains, any case).
 */
record MemberQuery(String sector, Helix helix, Integer year, String q) {

    static MemberQuery of(String sector, String helix, String year, String q) {
        String text = QueryParams.text(q);
        return new MemberQuery(QueryParams.text(sector), QueryParams.choice("helix", helix, Helix.class),
                QueryParams.year("year", year), text == null ? null : text.toLowerCase(Locale.ROOT));
    }
}
