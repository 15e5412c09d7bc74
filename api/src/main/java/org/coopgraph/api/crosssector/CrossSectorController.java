package org.coopgraph.api.crosssector;

import org.coopgraph.analytics.crosssector.CrossSectorAnalysis;
import org.coopgraph.analytics.crosssector.CrossSectorOptions;
import org.coopgraph.analytics.crosssector.SectorLevel;
import org.coopgraph.api.regions.DerivedCache;
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
 * {@code GET /api/regions/{regionId}/analysis/cross-sector?year=&level=section|division}: mixing
 * matrices, E-I indices, cross-sector ties, brokers, cut points and Leiden communities
 * ({@link CrossSectorAnalysis}). Level defaults to division, the grain members register their sector at.
 */
@RestController
class CrossSectorController {

    static final String ANALYSIS = "cross-sector";

    private final RegionNetworks networks;
    private final AnalysisResponses responses;
    private final DerivedCache structures;

    CrossSectorController(RegionNetworks networks, AnalysisResponses responses, DerivedCache structures) {
        this.networks = networks;
        this.responses = responses;
        this.structures = structures;
    }

    @GetMapping("/api/regions/{regionId}/analysis/cross-sector")
    ResponseEntity<byte[]> crossSector(@PathVariable String regionId, @RequestParam(required = false) String year,
                                       @RequestParam(required = false) String level,
                                       @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                       @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        SectorLevel sectorLevel = QueryParams.choice("level", level, SectorLevel.class);
        SectorLevel chosen = sectorLevel == null ? SectorLevel.DIVISION : sectorLevel;
        NetworkSnapshot snapshot = networks.at(regionId, QueryParams.year("year", year));
        return responses.answer(snapshot, ANALYSIS, "level=" + chosen, ifNoneMatch, acceptEncoding,
                () -> CrossSectorAnalysis.analyse(snapshot, chosen, CrossSectorOptions.defaults(), structures));
    }
}
