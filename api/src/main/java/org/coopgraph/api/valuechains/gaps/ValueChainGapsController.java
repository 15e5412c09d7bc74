package org.coopgraph.api.valuechains.gaps;

import org.coopgraph.analytics.valuechains.ChainWeights;
import org.coopgraph.analytics.valuechains.ValueChainAnalysis;
import org.coopgraph.api.crosssector.AnalysisResponses;
import org.coopgraph.api.errors.NotFoundException;
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
 * {@code GET /api/regions/{regionId}/value-chains/{chainId}/gaps?year=&k=} (one chain, with candidates)
 * and {@code GET /api/regions/{regionId}/value-chains/gaps?year=&k=} (every chain, summarised), from
 * {@link ValueChainAnalysis}. k is the hop limit for linked consecutive steps: 1 to {@link #MAX_K},
 * default {@link ChainWeights#DEFAULT_K}; beyond six hops nearly every pair in a region is "linked".
 */
@RestController
class ValueChainGapsController {

    static final int MAX_K = 6;
    static final String CHAIN = "value-chain-gaps";
    static final String SUMMARY = "value-chain-gaps-summary";

    private final RegionNetworks networks;
    private final AnalysisResponses responses;

    ValueChainGapsController(RegionNetworks networks, AnalysisResponses responses) {
        this.networks = networks;
        this.responses = responses;
    }

    @GetMapping("/api/regions/{regionId}/value-chains/{chainId}/gaps")
    ResponseEntity<byte[]> chain(@PathVariable String regionId, @PathVariable String chainId,
                                 @RequestParam(required = false) String year, @RequestParam(required = false) String k,
                                 @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                 @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        int hops = QueryParams.integer("k", k, ChainWeights.DEFAULT_K, 1, MAX_K);
        NetworkSnapshot snapshot = networks.at(regionId, QueryParams.year("year", year));
        if (snapshot.valueChain(chainId).isEmpty()) {
            throw new NotFoundException("value chain", chainId);
        }
        return responses.answer(snapshot, CHAIN, "chain=" + chainId + "|k=" + hops, ifNoneMatch, acceptEncoding, () -> {
            try {
                return ValueChainAnalysis.analyse(snapshot, chainId, hops);
            } catch (IllegalArgumentException e) {
                // Checked above; the analysis says the same thing in its own words, and it is a 404, not a 500.
                throw new NotFoundException("value chain", chainId);
            }
        });
    }

    @GetMapping("/api/regions/{regionId}/value-chains/gaps")
    ResponseEntity<byte[]> summary(@PathVariable String regionId, @RequestParam(required = false) String year,
                                   @RequestParam(required = false) String k,
                                   @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                   @RequestHeader(value = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
        int hops = QueryParams.integer("k", k, ChainWeights.DEFAULT_K, 1, MAX_K);
        NetworkSnapshot snapshot = networks.at(regionId, QueryParams.year("year", year));
        return responses.answer(snapshot, SUMMARY, "k=" + hops, ifNoneMatch, acceptEncoding, () -> ValueChainAnalysis.summary(snapshot, hops));
    }
}
