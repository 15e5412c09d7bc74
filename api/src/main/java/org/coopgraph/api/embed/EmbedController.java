package org.coopgraph.api.embed;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.coopgraph.api.network.PartnerOrigins;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.model.Region;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /embed/{regionId}}: the self-contained page partner sites put in an iframe. Scripts and
 * styles come only from this service (no CDN, no inline code), the region's partner origins may
 * frame it, and no referrer leaves it, because its address may carry an embed token.
 */
@RestController
public class EmbedController {

    /**
     * Cytoscape.js inserts one small stylesheet of its own; the hash admits exactly that one
     * (the browser test fails on any refused style, so a new Cytoscape version shows up there).
     */
    static final String CYTOSCAPE_STYLE = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' " + CYTOSCAPE_STYLE
            + "; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; ";

    private final RegionNetworks regions;
    private final PartnerOrigins origins;
    private final EmbedPage page;

    public EmbedController(RegionNetworks regions, PartnerOrigins origins, EmbedPage page) {
        this.regions = regions;
        this.origins = origins;
        this.page = page;
    }

    @GetMapping("/embed/{regionId}")
    public ResponseEntity<String> embed(@PathVariable String regionId, @RequestParam(required = false) String lang,
                                        HttpServletRequest request) {
        Region region = regions.current(regionId).region();
        String language = "en".equals(lang) || "nl".equals(lang) ? lang : "NL".equals(region.country()) ? "nl" : "en";
        String html = page.render(Map.of("lang", language, "regionId", region.id(), "regionName", region.name(),
                "base", request.getContextPath()));
        return ResponseEntity.ok()
                .header("Content-Security-Policy", POLICY + origins.frameAncestors(regionId))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .cacheControl(CacheControl.noCache())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(html);
    }
}
