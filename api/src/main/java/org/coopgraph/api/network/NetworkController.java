package org.coopgraph.api.network;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.api.regions.EntityTags;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.regions.RenderedBodies;
import org.coopgraph.api.regions.Representations;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.NetworkSnapshot;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/regions/{r}/network}: the collaboration network as Cytoscape.js JSON, GEXF 1.3 or
 * GraphML, public or full (see {@link NetworkAccess}), optionally as of a year and filtered. The
 * graph is built and written (about a second for 10,000 members) once per data version, view and
 * parameters, kept with its gzip form in {@link RenderedBodies}; errors are problem+json. Answers
 * carry an ETag per data version and parameters.
 */
@RestController
public class NetworkController {

    private static final String VARY = "Origin, X-API-Key, Authorization, " + PartnerCorsFilter.TOKEN_HEADER;

    private final RegionNetworks regions;
    private final NetworkGraphs graphs;
    private final NetworkAccess access;
    private final RenderedBodies bodies;

    public NetworkController(RegionNetworks regions, NetworkGraphs graphs, NetworkAccess access, RenderedBodies bodies) {
        this.regions = regions;
        this.graphs = graphs;
        this.access = access;
        this.bodies = bodies;
    }

    @GetMapping("/api/regions/{regionId}/network")
    public ResponseEntity<byte[]> network(@PathVariable String regionId,
            @RequestParam(required = false) String format, @RequestParam(required = false) String view,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String helix, @RequestParam(required = false) Integer community,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String colour,
            @RequestParam(required = false) String token,
            @RequestHeader(name = PartnerCorsFilter.TOKEN_HEADER, required = false) String tokenHeader,
            HttpServletRequest request) {
        ExportFormat exportFormat = ExportFormat.parse(format);
        View requested = View.parse("view", view);
        var query = new NetworkQuery(View.PUBLIC, year, sector, NetworkQuery.parseHelix(helix), community,
                Lang.parse(lang), ColourBy.parse(colour));
        NetworkSnapshot snapshot = regions.at(regionId, year);
        View granted = access.decide(regionId, requested, tokenHeader != null ? tokenHeader : token, Access.current());
        query = new NetworkQuery(granted, year, query.sector(), query.helix(), community, query.lang(), query.colour());
        if (query.sector() != null && snapshot.sector(query.sector()).isEmpty()) {
            throw InvalidInputException.of("sector", "is not a sector code of the taxonomy (was '" + query.sector() + "')");
        }
        String etag = DerivedCache.etag(snapshot, "network-export", exportFormat + ";" + query.key());
        CacheControl cache = granted == View.PUBLIC
                ? CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic()
                : CacheControl.noCache().cachePrivate();
        var headers = new HttpHeaders();
        headers.setCacheControl(cache);
        headers.set(HttpHeaders.VARY, VARY);
        String acceptEncoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        if (EntityTags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Representations.notModified(headers, etag, acceptEncoding);
        }
        NetworkQuery asked = query;
        RenderedBodies.Body body = bodies.get(etag, () -> render(exportFormat, graphs.graph(snapshot, asked)));
        if (exportFormat != ExportFormat.CYTOSCAPE) {
            String file = regionId.replaceAll("[^A-Za-z0-9._-]", "_") + "-network-" + granted.parameterValue()
                    + "." + exportFormat.extension();
            headers.setContentDisposition(ContentDisposition.attachment().filename(file).build());
        }
        return Representations.ok(headers, etag, exportFormat.mediaType(), body, acceptEncoding);
    }

    private static byte[] render(ExportFormat format, NetworkGraph graph) {
        var out = new ByteArrayOutputStream(1 << 16);
        try {
            switch (format) {
                case CYTOSCAPE -> CytoscapeWriter.write(graph, out);
                case GEXF -> GexfWriter.write(graph, out);
                case GRAPHML -> GraphmlWriter.write(graph, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
