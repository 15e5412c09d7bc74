package org.coopgraph.api.network;

import java.util.Locale;
import org.coopgraph.api.errors.InvalidInputException;

/** Which node fact the export's colours show. */
public enum ColourBy {
    SECTOR, HELIX, COMMUNITY;

    static ColourBy parse(String value) {
        if (value == null || value.isBlank()) {
            return SECTOR;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("colour", "must be 'sector', 'helix' or 'community' (was '" + value + "')");
        }
    }
}
