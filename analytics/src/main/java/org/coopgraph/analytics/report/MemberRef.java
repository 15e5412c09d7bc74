package org.coopgraph.analytics.report;

import java.util.Objects;
import org.coopgraph.model.Helix;

/**
 * A member as a report may show it. {@code named} false: the report's view may not name it, so
 * {@code id} and {@code name} are null and {@code label} says only "a member in sector X" (in the
 * report's language); named: {@code label} equals {@code name}. {@code sector} is the primary
 * sector's code (or "?" when the member has none), {@code sectorName} its name.
 */
public record MemberRef(String id, String name, boolean named, String label, String sector, String sectorName,
                        Helix helix) {

    public MemberRef {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(helix, "helix");
        if (named != (id != null && name != null)) {
            throw new IllegalArgumentException("a named member has an id and a name, an unnamed one neither");
        }
    }
}
