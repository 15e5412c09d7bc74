package org.coopgraph.api.agenda;

import org.coopgraph.analytics.agenda.AgendaInputs;
import org.coopgraph.analytics.agenda.AgendaRanking;
import org.coopgraph.analytics.agenda.QuestionOutcomes;
import org.coopgraph.analytics.agenda.QuestionStates;
import org.coopgraph.api.regions.QueryParams;
import org.coopgraph.api.themes.Answers;
import org.coopgraph.api.themes.Language;
import org.coopgraph.api.themes.ThemeAnalyses;
import org.coopgraph.model.NetworkSnapshot;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/regions/{regionId}/agenda?year=}: all themes ranked for action, compared with the year
 * before when a year is given; {@code .../agenda/questions?year=}: what became of the questions
 * (asked, matched, answered, open, days to match and to answer) for the yearly report.
 */
@RestController
@RequestMapping("/api/regions/{regionId}/agenda")
class AgendaController {

    private final ThemeAnalyses analyses;

    AgendaController(ThemeAnalyses analyses) {
        this.analyses = analyses;
    }

    @GetMapping
    ResponseEntity<AgendaView> agenda(@PathVariable String regionId, @RequestParam(required = false) String year,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        Integer asOf = QueryParams.year("year", year);
        NetworkSnapshot snapshot = analyses.snapshot(regionId, asOf);
        Language lang = Language.of(acceptLanguage);
        return Answers.of(snapshot, "agenda", "", lang, ifNoneMatch, () -> {
            var agenda = analyses.cache().get(snapshot, "agenda", "", () -> {
                AgendaInputs previous = asOf == null ? null
                        : analyses.inputs(analyses.snapshotForComparison(regionId, asOf - 1));
                return AgendaRanking.rank(analyses.inputs(snapshot), previous);
            });
            return AgendaView.of(snapshot, agenda, lang);
        });
    }

    @GetMapping("/questions")
    ResponseEntity<QuestionOutcomes> questions(@PathVariable String regionId, @RequestParam(required = false) String year,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        NetworkSnapshot snapshot = analyses.snapshot(regionId, QueryParams.year("year", year));
        return Answers.of(snapshot, "question-outcomes", "", Language.EN, ifNoneMatch, () -> analyses.cache().get(snapshot,
                "question-outcomes", "", () -> QuestionOutcomes.of(snapshot, QuestionStates.of(analyses.history(snapshot)))));
    }
}
