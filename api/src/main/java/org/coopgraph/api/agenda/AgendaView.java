package org.coopgraph.api.agenda;

import java.util.List;
import org.coopgraph.analytics.agenda.Agenda;
import org.coopgraph.analytics.agenda.AgendaRules;
import org.coopgraph.api.themes.Language;
import org.coopgraph.model.NetworkSnapshot;

/**
 * The answer of {@code GET .../agenda}: every theme ranked, with the formula and weights in the
 * caller's language. No member is named, so the consent rule leaves it unchanged.
 */
record AgendaView(String regionId, Integer year, Integer previousYear, long dataVersion, String language,
                  String formula, Weights weights, List<Agenda.ThemeRank> themes) {

    record Weights(double openQuestions, double demand, double energy, double gaps) {
    }

    static AgendaView of(NetworkSnapshot snapshot, Agenda agenda, Language lang) {
        return new AgendaView(snapshot.region().id(), agenda.year(), agenda.previousYear(), snapshot.dataVersion(),
                lang.tag(), lang.pick(
                        "score = 0.25 Q/maxQ + 0.25 D/maxD + 0.25 E/maxE + 0.25 G/maxG; Q open questions on the theme,"
                                + " D skill demand of its open projects (importance) and open questions (3 per need),"
                                + " E energy = sum of interest x influence of its supporters, G coverage gaps = missing"
                                + " helices (industry, education, government, civil society) + 0.5 x weak ones + needed"
                                + " skills nobody in the region has; maxima over all themes of both years compared.",
                        "score = 0,25 V/maxV + 0,25 D/maxD + 0,25 E/maxE + 0,25 G/maxG; V open vragen over het thema,"
                                + " D vraag naar vaardigheden van de open projecten (belang) en open vragen (3 per"
                                + " behoefte), E energie = som van belang x invloed van de voorstanders, G gaten ="
                                + " ontbrekende helices (ondernemers, onderwijs, overheid, maatschappelijke organisaties)"
                                + " + 0,5 x zwakke + benodigde vaardigheden die niemand in de regio heeft; maxima over"
                                + " alle thema's van beide vergeleken jaren."),
                new Weights(AgendaRules.W_QUESTIONS, AgendaRules.W_DEMAND, AgendaRules.W_ENERGY, AgendaRules.W_GAPS),
                agenda.themes());
    }
}
