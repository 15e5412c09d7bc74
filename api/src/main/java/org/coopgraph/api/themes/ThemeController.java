package org.coopgraph.api.themes;

import org.coopgraph.analytics.agenda.AgendaRules;
import org.coopgraph.analytics.agenda.CoverageAnalysis;
import org.coopgraph.analytics.agenda.StakeholderAnalysis;
import org.coopgraph.analytics.agenda.StakeholderMap;
import org.coopgraph.analytics.agenda.ThemeCoverage;
import org.coopgraph.api.members.PublicView;
import org.coopgraph.api.regions.QueryParams;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.NetworkSnapshot;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/regions/{regionId}/themes/{themeId}/stakeholders?year=&k=} (the stakeholder map) and
 * {@code .../coverage?year=} (helices, work, skills, who we need). 404 for an unknown region or
 * theme, 400 for a bad year or k; labels in Dutch for {@code Accept-Language: nl}.
 */
@RestController
@RequestMapping("/api/regions/{regionId}/themes/{themeId}")
class ThemeController {

    private final ThemeAnalyses analyses;

    ThemeController(ThemeAnalyses analyses) {
        this.analyses = analyses;
    }

    @GetMapping("/stakeholders")
    ResponseEntity<StakeholdersView> stakeholders(@PathVariable String regionId, @PathVariable String themeId,
            @RequestParam(required = false) String year, @RequestParam(required = false) String k,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        Integer asOf = QueryParams.year("year", year);
        int hops = QueryParams.integer("k", k, AgendaRules.DEFAULT_K, 1, AgendaRules.MAX_K);
        NetworkSnapshot snapshot = analyses.snapshot(regionId, asOf);
        ThemeAnalyses.theme(snapshot, themeId);
        Language lang = Language.of(acceptLanguage);
        String parameters = themeId + "|k=" + hops;
        return Answers.of(snapshot, "theme-stakeholders", parameters, lang, ifNoneMatch, () -> {
            StakeholderMap map = analyses.cache().get(snapshot, "theme-stakeholders", parameters,
                    () -> StakeholderAnalysis.analyse(analyses.inputs(snapshot), themeId, hops));
            return StakeholdersView.of(snapshot, map, visibility(snapshot), lang);
        });
    }

    @GetMapping("/coverage")
    ResponseEntity<CoverageView> coverage(@PathVariable String regionId, @PathVariable String themeId,
            @RequestParam(required = false) String year,
            @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage,
            @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        NetworkSnapshot snapshot = analyses.snapshot(regionId, QueryParams.year("year", year));
        ThemeAnalyses.theme(snapshot, themeId);
        Language lang = Language.of(acceptLanguage);
        return Answers.of(snapshot, "theme-coverage", themeId, lang, ifNoneMatch, () -> {
            ThemeCoverage coverage = analyses.cache().get(snapshot, "theme-coverage", themeId,
                    () -> CoverageAnalysis.analyse(analyses.inputs(snapshot), themeId));
            return CoverageView.of(snapshot, coverage, visibility(snapshot), lang);
        });
    }

    private static Visibility visibility(NetworkSnapshot snapshot) {
        return new Visibility(PublicView.of(Access.current(), snapshot), snapshot);
    }
}
