package org.coopgraph.analytics.suggestions;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One reason behind a score: a code, the ids it is about (members, skills, projects, themes, chains)
 * and parameters. Parameters are kept sorted by name so the same evidence always serialises the same.
 */
public record Evidence(EvidenceCode code, List<String> ids, Map<String, String> params) {

    public Evidence {
        Objects.requireNonNull(code, "code");
        ids = Collections.unmodifiableList(new java.util.ArrayList<>(ids)); // ids may hold null (hidden) later
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params == null ? Map.of() : params));
    }

    public static Evidence of(EvidenceCode code, List<String> ids) {
        return new Evidence(code, ids, Map.of());
    }

    public String param(String name) {
        return params.get(name);
    }
}
