package org.coopgraph.api.suggestions;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.regions.QueryParams;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Taxonomy;

/**
 * The member-suggestion parameters: {@code limit} (default 10, above 100 capped to 100), and optional
 * filters on the candidates: {@code helix}, {@code sector} (that SBI code or any below it),
 * {@code theme} (on the candidate's agenda) and {@code year} (the network as it stood then).
 */
record SuggestionQuery(int limit, Helix helix, String sector, String theme, Integer year) {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    static SuggestionQuery of(String limit, String helix, String sector, String theme, String year) {
        int parsed = QueryParams.integer("limit", limit, DEFAULT_LIMIT, 1, Integer.MAX_VALUE);
        return new SuggestionQuery(Math.min(parsed, MAX_LIMIT), QueryParams.choice("helix", helix, Helix.class),
                QueryParams.text(sector), QueryParams.text(theme), QueryParams.year("year", year));
    }

    /** The candidate filter; 400 naming {@code sector} or {@code theme} when the taxonomy lacks the code. */
    Predicate<Member> sectorAndHelix(Taxonomy taxonomy) {
        Predicate<Member> filter = m -> true;
        if (helix != null) {
            filter = filter.and(m -> m.helix() == helix);
        }
        if (sector != null) {
            Set<String> codes = codesAtOrBelow(taxonomy, sector);
            filter = filter.and(m -> m.sectors().stream().anyMatch(s -> codes.contains(s.code())));
        }
        if (theme != null && !taxonomy.themeById().containsKey(theme)) {
            throw InvalidInputException.of("theme", "is not a known theme id (was \"" + theme + "\")");
        }
        return filter;
    }

    private static Set<String> codesAtOrBelow(Taxonomy taxonomy, String code) {
        if (!taxonomy.sectorByCode().containsKey(code)) {
            throw InvalidInputException.of("sector", "is not a known sector code (was \"" + code + "\")");
        }
        Set<String> codes = new HashSet<>();
        for (Sector s : taxonomy.sectors()) {
            Sector at = s;
            // SBI has five levels; more steps can only be a cycle in bad data.
            for (int depth = 0; at != null && depth < 10; depth++) {
                if (at.code().equals(code)) {
                    codes.add(s.code());
                    break;
                }
                at = at.parentCode() == null ? null : taxonomy.sectorByCode().get(at.parentCode());
            }
        }
        return codes;
    }
}
