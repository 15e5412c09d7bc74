package org.coopgraph.api.network;

import java.util.Locale;
import org.coopgraph.api.errors.InvalidInputException;

/** The language of the labels a network export writes itself (aggregates, legend). */
public enum Lang {
    EN, NL;

    static Lang parse(String value) {
        if (value == null || value.isBlank()) {
            return EN;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "nl" -> NL;
            default -> throw InvalidInputException.of("lang", "must be 'nl' or 'en' (was '" + value + "')");
        };
    }

    /** "7 members in C28 Vervaardiging van machines" / "7 leden in ...". Sector names are SBI's (Dutch). */
    String aggregateLabel(int count, String sectorLabel) {
        if (sectorLabel == null) {
            return this == NL ? count + (count == 1 ? " lid" : " leden") + " zonder sector"
                    : count + (count == 1 ? " member" : " members") + " without a sector";
        }
        return this == NL ? count + (count == 1 ? " lid in " : " leden in ") + sectorLabel
                : count + (count == 1 ? " member in " : " members in ") + sectorLabel;
    }

    String communityLabel(int community) {
        return (this == NL ? "Gemeenschap " : "Community ") + (community + 1);
    }

    String otherCommunitiesLabel() {
        return this == NL ? "Overige gemeenschappen" : "Other communities";
    }

    String helixLabel(String helix) {
        return switch (helix) {
            case "INDUSTRY" -> this == NL ? "Bedrijfsleven" : "Industry";
            case "EDUCATION" -> this == NL ? "Onderwijs" : "Education";
            case "GOVERNMENT" -> this == NL ? "Overheid" : "Government";
            case "FINANCE" -> this == NL ? "Financiering" : "Finance";
            case "CIVIL_SOCIETY" -> this == NL ? "Maatschappelijke organisaties" : "Civil society";
            default -> this == NL ? "Gemengd" : "Mixed";
        };
    }

    String unknownSectorLabel() {
        return this == NL ? "Onbekende sector" : "Unknown sector";
    }
}
