package org.coopgraph.analytics.valuechains;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Taxonomy;

/**
 * The SBI 2008 / NACE Rev. 2 PART_OF hierarchy (section > division > group > class > subclass).
 * A code the taxonomy does not know has no parent, so it only ever matches itself.
 */
final class SectorHierarchy {

    private final Map<String, Sector> byCode;

    SectorHierarchy(Taxonomy taxonomy) {
        this.byCode = taxonomy.sectorByCode();
    }

    String parent(String code) {
        Sector sector = byCode.get(code);
        return sector == null ? null : sector.parentCode();
    }

    /** The code and all its ancestors, nearest first; stops at a cycle should bad data contain one. */
    Set<String> upFrom(String code) {
        Set<String> up = new LinkedHashSet<>();
        for (String c = code; c != null && up.add(c); c = parent(c)) {
            // walking up
        }
        return up;
    }
}
