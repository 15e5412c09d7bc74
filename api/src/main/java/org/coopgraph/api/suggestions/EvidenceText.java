package org.coopgraph.api.suggestions;

import java.util.ArrayList;
import java.util.List;
import org.coopgraph.analytics.suggestions.Evidence;
import org.coopgraph.api.suggestions.SuggestionViews.EvidenceView;

/**
 * Evidence in plain words, English or Dutch, seen from the member asking ("you", "u") about the
 * candidate ("they", "zij"). Member ids the caller may not see are replaced by null, and the member by
 * a neutral phrase, so no response names a member without consent.
 */
final class EvidenceText {

    private EvidenceText() {
    }

    static List<EvidenceView> views(List<Evidence> evidence, Names names) {
        return evidence.stream().map(e -> view(e, names)).toList();
    }

    static EvidenceView view(Evidence e, Names names) {
        List<String> ids = new ArrayList<>(e.ids());
        if (e.code() == org.coopgraph.analytics.suggestions.EvidenceCode.SHARED_PARTNER && !names.shows(ids.get(0))) {
            ids.set(0, null);
        }
        return new EvidenceView(e.code().name(), ids, e.params(), text(e, names));
    }

    static String text(Evidence e, Names n) {
        boolean nl = n.language == Language.NL;
        List<String> ids = e.ids();
        String related = "RELATED".equals(e.param("match")) ? n.skill(e.param("via")) : null;
        return switch (e.code()) {
            case SHARED_PARTNER -> nl
                    ? "werken allebei met " + n.member(ids.get(0)) + " (u " + n.via(e.param("memberVia")) + ", zij " + n.via(e.param("candidateVia")) + ")"
                    : "both work with " + n.member(ids.get(0)) + " (you " + n.via(e.param("memberVia")) + ", they " + n.via(e.param("candidateVia")) + ")";
            case OFFERS_NEEDED_SKILL -> offers(e, n, nl, related);
            case NEEDS_OFFERED_SKILL -> needs(e, n, nl, related);
            case OTHER_SECTOR -> nl ? "werkt in een andere sector (" + n.sector(ids.get(1)) + ") dan u (" + n.sector(ids.get(0)) + ")"
                    : "works in another sector (" + n.sector(ids.get(1)) + ") than you (" + n.sector(ids.get(0)) + ")";
            case OTHER_HELIX -> nl ? "komt uit een andere helix (" + n.helix(ids.get(1)) + ") dan u (" + n.helix(ids.get(0)) + ")"
                    : "comes from another helix (" + n.helix(ids.get(1)) + ") than you (" + n.helix(ids.get(0)) + ")";
            case CHAIN_NEXT_STEP -> nl
                    ? "dekt stap " + n.step(ids.get(0), ids.get(2)) + ", naast uw stap " + n.step(ids.get(0), ids.get(1)) + " in waardeketen " + n.chain(ids.get(0))
                    : "covers step " + n.step(ids.get(0), ids.get(2)) + ", next to your step " + n.step(ids.get(0), ids.get(1)) + " in value chain " + n.chain(ids.get(0));
            case SHARED_THEME -> theme(e, n, nl);
            case COVERS_SKILL -> covers(e, n, nl, related);
            case HAS_NEEDED_SKILL -> "true".equals(e.param("teaches"))
                    ? (nl ? "geeft les in " + n.skill(e.param("via")) + ", nodig voor de vraag (een studententeam kan ermee aan de slag)"
                          : "teaches " + n.skill(e.param("via")) + ", which the question needs (a student team could take it on)")
                    : (nl ? "heeft vaardigheid " + skill(n, ids.get(0), related, true) + ", nodig voor de vraag"
                          : "has skill " + skill(n, ids.get(0), related, false) + ", which the question needs");
        };
    }

    private static String offers(Evidence e, Names n, boolean nl, String related) {
        String skill = skill(n, e.ids().get(0), related, nl) + (related != null ? "," : "");
        if ("QUESTION".equals(e.param("source"))) {
            return nl ? "heeft vaardigheid " + skill + " waar uw vraag " + n.question(e.ids().get(1)) + " om vraagt"
                    : "has skill " + skill + " that your question " + n.question(e.ids().get(1)) + " asks for";
        }
        return nl ? "heeft vaardigheid " + skill + " die uw project " + n.project(e.ids().get(1)) + " nodig heeft"
                : "has skill " + skill + " that your project " + n.project(e.ids().get(1)) + " needs";
    }

    private static String needs(Evidence e, Names n, boolean nl, String related) {
        String needed = n.skill(e.ids().get(0));
        String where = "QUESTION".equals(e.param("source"))
                ? (nl ? "voor hun vraag " : "for their question ") + n.question(e.ids().get(1))
                : (nl ? "voor project " : "for project ") + n.project(e.ids().get(1));
        if (related != null) {
            return nl ? "heeft vaardigheid " + needed + " nodig " + where + "; u heeft de verwante vaardigheid " + related
                    : "needs skill " + needed + " " + where + "; you have the related skill " + related;
        }
        return nl ? "heeft vaardigheid " + needed + " nodig " + where + ", en die heeft u"
                : "needs skill " + needed + " " + where + ", which you have";
    }

    private static String theme(Evidence e, Names n, boolean nl) {
        String theme = n.theme(e.ids().get(0));
        if (e.param("question") != null) {
            return nl ? "heeft thema " + theme + " van de vraag op de agenda" : "has the question's theme " + theme + " on its agenda";
        }
        String stance = e.param("stance");
        if (stance == null) {
            return nl ? "werken allebei aan thema " + theme : "both work on theme " + theme;
        }
        boolean support = stance.equals("SUPPORTS");
        return nl ? "werken allebei aan thema " + theme + (support ? " en steunen het allebei" : " en zijn er allebei tegen")
                : "both work on theme " + theme + (support ? " and both support it" : " and both oppose it");
    }

    private static String covers(Evidence e, Names n, boolean nl, String related) {
        String project = n.project(e.ids().get(1));
        String level = e.param("level");
        if ("LOWER_LEVEL".equals(e.param("match"))) {
            return nl ? "heeft vaardigheid " + n.skill(e.ids().get(0)) + ", maar op niveau " + level + ", lager dan project " + project + " vraagt"
                    : "has skill " + n.skill(e.ids().get(0)) + ", but at level " + level + ", below what project " + project + " asks";
        }
        return nl ? "heeft vaardigheid " + skill(n, e.ids().get(0), related, true) + " (niveau " + level + "), die project " + project + " nodig heeft"
                : "has skill " + skill(n, e.ids().get(0), related, false) + " (level " + level + "), which project " + project + " needs";
    }

    private static String skill(Names n, String skillId, String related, boolean nl) {
        return related == null ? n.skill(skillId)
                : related + (nl ? ", verwant aan " : ", related to ") + n.skill(skillId);
    }
}
