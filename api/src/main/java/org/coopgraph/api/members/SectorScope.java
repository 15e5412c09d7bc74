package org.coopgraph.api.members;

import java.util.HashSet;
import java.util.Set;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Taxonomy;

/** A sector and every sector below it in the hierarchy (e.g. section C, its divisions, groups, classes). */
final class SectorScope {

    // SBI has five levels; a longer chain of parents can only be a cycle in bad data.
    private static final int MAX_DEPTH = 10;

    private SectorScope() {
    }

    /** The codes at or below {@code code}; 400 on the parameter {@code sector} if the code is unknown. */
    static Set<String> of(Taxonomy taxonomy, String code) {
        if (!taxonomy.sectorByCode().containsKey(code)) {
            throw InvalidInputException.of("sector", "is not a known sector code (was \"" + code + "\")");
        }
        var codes = new HashSet<String>();
        for (Sector sector : taxonomy.sectors()) {
            Sector at = sector;
            for (int depth = 0; at != null && depth < MAX_DEPTH; depth++) {
                if (at.code().equals(code)) {
                    codes.add(sector.code());
                    break;
                }
                at = at.parentCode() == null ? null : taxonomy.sectorByCode().get(at.parentCode());
            }
        }
        return codes;
    }
}
