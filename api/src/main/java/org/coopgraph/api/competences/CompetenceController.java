package org.coopgraph.api.competences;

import org.coopgraph.analytics.competences.CompetenceAnalysis;
import org.coopgraph.api.crosssector.AnalysisResponses;
import org.coopgraph.api.regions.QueryParams;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.model.NetworkSnapshot;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/regions/{regionId}/analysis/competences?year=}: demand against supply per skill,
 * missing, thin and left-only skills, trainers and per-project missing skills ({@link CompetenceAnalysis}).
 */
@RestController
class CompetenceController {

    static final String ANALYSIS = "competences";

    private final RegionNetworks networks;
    private final AnalysisResponses responses;

    CompetenceController(RegionNetworks networks, AnalysisResponses responses) {
        this.networks = networks;
        this.responses = responses;
    }

    @GetMapping("/api/regions/{regionId}/analysis/competences")
    ResponseEntity<byte[]> competences(@PathVariable String regionId, @RequestParam(required = false) String year,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                       @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        NetworkSnapshot snapshot = networks.at(regionId, QueryParams.year("year", year));
        return responses.answer(snapshot, ANALYSIS, "", ifNoneMatch, acceptEncoding, () -> CompetenceAnalysis.analyse(snapshot));
    }
}
