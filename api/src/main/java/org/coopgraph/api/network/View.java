package org.coopgraph.api.network;

import java.util.Locale;
import org.coopgraph.api.errors.InvalidInputException;

/**
 * What a network export shows. PUBLIC names only members who consented to a public profile and
 * folds everyone else into one anonymous node per sector; FULL names everyone (coordinators, or
 * holders of an embed token issued for FULL).
 */
public enum View {
    PUBLIC, FULL;

    /** The view named by a request parameter, or null when the parameter is absent. */
    public static View parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "public" -> PUBLIC;
            case "full" -> FULL;
            default -> throw InvalidInputException.of(parameter, "must be 'public' or 'full' (was '" + value + "')");
        };
    }

    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
