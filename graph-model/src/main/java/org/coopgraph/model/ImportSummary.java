package org.coopgraph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an import did, per kind of entry ("members", "ties", ...), in a fixed order. */
public record ImportSummary(Map<String, Counts> counts) {

    /** How many entries of one kind were new, changed or already as given. */
    public record Counts(int created, int updated, int unchanged) {
    }

    public ImportSummary {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** Whether the import changes anything at all; an unchanged import does not bump the data version. */
    public boolean changesAnything() {
        return counts.values().stream().anyMatch(c -> c.created() + c.updated() > 0);
    }

    public Counts of(String kind) {
        return counts.getOrDefault(kind, new Counts(0, 0, 0));
    }
}
