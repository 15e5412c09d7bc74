package org.coopgraph.api.themes;

import org.coopgraph.analytics.agenda.GridPosition;
import org.coopgraph.analytics.agenda.SalienceClass;
import org.coopgraph.analytics.agenda.ThemeCoverage.HelixStatus;
import org.coopgraph.analytics.agenda.ThemeCoverage.Supply;
import org.coopgraph.model.Helix;
import org.coopgraph.model.QuestionStatus;
import org.coopgraph.model.Stance;

/** Human labels, English and Dutch, for the enum values the agenda answers carry. */
public final class Labels {

    private Labels() {
    }

    public static String of(Enum<?> value, Language lang) {
        if (value == null) {
            return null;
        }
        if (value instanceof GridPosition g) {
            return grid(g, lang);
        }
        if (value instanceof SalienceClass s) {
            return salience(s, lang);
        }
        if (value instanceof Helix h) {
            return helix(h, lang);
        }
        if (value instanceof Stance s) {
            return switch (s) {
                case SUPPORTS -> lang.pick("supports", "voor");
                case NEUTRAL -> lang.pick("neutral", "neutraal");
                case OPPOSES -> lang.pick("opposes", "tegen");
            };
        }
        if (value instanceof HelixStatus s) {
            return switch (s) {
                case PRESENT -> lang.pick("present", "aanwezig");
                case WEAK -> lang.pick("weak", "zwak");
                case MISSING -> lang.pick("missing", "ontbreekt");
            };
        }
        if (value instanceof Supply s) {
            return switch (s) {
                case SUPPLIED -> lang.pick("supplied in the region", "aanwezig in de regio");
                case THIN -> lang.pick("one supplier only", "maar één leverancier");
                case RELATED_ONLY -> lang.pick("only related skills", "alleen verwante vaardigheden");
                case MISSING -> lang.pick("missing in the region", "ontbreekt in de regio");
            };
        }
        if (value instanceof QuestionStatus s) {
            return switch (s) {
                case OPEN -> lang.pick("open", "open");
                case MATCHED -> lang.pick("matched", "gekoppeld");
                case IN_PROGRESS -> lang.pick("in progress", "in behandeling");
                case ANSWERED -> lang.pick("answered", "beantwoord");
            };
        }
        return value.name();
    }

    private static String grid(GridPosition g, Language lang) {
        return switch (g) {
            case MANAGE_CLOSELY -> lang.pick("manage closely", "nauw betrekken");
            case KEEP_SATISFIED -> lang.pick("keep satisfied", "tevreden houden");
            case KEEP_INFORMED -> lang.pick("keep informed", "informeren");
            case MONITOR -> lang.pick("monitor", "monitoren");
        };
    }

    private static String salience(SalienceClass s, Language lang) {
        return switch (s) {
            case DEFINITIVE -> lang.pick("definitive", "doorslaggevend");
            case DOMINANT -> lang.pick("dominant", "dominant");
            case DANGEROUS -> lang.pick("dangerous", "gevaarlijk");
            case DEPENDENT -> lang.pick("dependent", "afhankelijk");
            case DORMANT -> lang.pick("dormant", "slapend");
            case DISCRETIONARY -> lang.pick("discretionary", "vrijblijvend");
            case DEMANDING -> lang.pick("demanding", "veeleisend");
            case NON_SALIENT -> lang.pick("not salient", "niet saillant");
        };
    }

    private static String helix(Helix h, Language lang) {
        return switch (h) {
            case INDUSTRY -> lang.pick("industry", "ondernemers");
            case EDUCATION -> lang.pick("education", "onderwijs");
            case GOVERNMENT -> lang.pick("government", "overheid");
            case FINANCE -> lang.pick("finance", "financiers");
            case CIVIL_SOCIETY -> lang.pick("civil society", "maatschappelijke organisaties");
        };
    }
}
