package org.coopgraph.api.network;

import java.util.Locale;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Helix;

/**
 * What a caller asked of a network: the view (already authorised), the year (null = latest) and the
 * filters. A member passes the filters when its primary sector is {@code sector} or lies under it in
 * the SBI hierarchy, its helix is {@code helix} and its community is {@code community}; absent
 * filters pass everyone. Edges are kept only between members who pass.
 */
public record NetworkQuery(View view, Integer year, String sector, Helix helix, Integer community, Lang lang,
                           ColourBy colour) {

    public NetworkQuery {
        java.util.Objects.requireNonNull(view, "view");
        lang = lang == null ? Lang.EN : lang;
        colour = colour == null ? ColourBy.SECTOR : colour;
        sector = sector == null || sector.isBlank() ? null : sector.strip();
        if (community != null && community < 0) {
            throw InvalidInputException.of("community", "must be 0 or more (was " + community + ")");
        }
    }

    static NetworkQuery unfiltered(View view, Integer year) {
        return new NetworkQuery(view, year, null, null, null, Lang.EN, ColourBy.SECTOR);
    }

    static Helix parseHelix(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Helix.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("helix", "must be one of INDUSTRY, EDUCATION, GOVERNMENT, FINANCE,"
                    + " CIVIL_SOCIETY (was '" + value + "')");
        }
    }

    boolean filters() {
        return sector != null || helix != null || community != null;
    }

    /** Everything that changes the graph's content, for cache keys and ETags (the year is in the snapshot). */
    String key() {
        String sectorKey = sector == null ? "-" : java.net.URLEncoder.encode(sector, java.nio.charset.StandardCharsets.UTF_8);
        return "view=" + view + ";sector=" + sectorKey + ";helix=" + helix + ";community=" + community
                + ";lang=" + lang + ";colour=" + colour;
    }
}
