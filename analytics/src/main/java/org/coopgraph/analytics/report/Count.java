package org.coopgraph.analytics.report;

import java.util.Objects;

/** How many of something carry one key: a helix name, a sector code, a skill id. {@code label} is for people. */
public record Count(String key, String label, int count) {

    public Count {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
    }
}
