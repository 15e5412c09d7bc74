package org.coopgraph.api.reports;

import org.coopgraph.api.security.Access;
import org.coopgraph.api.regions.EntityTags;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/regions/{regionId}/reports/{year}?lang=nl|en}: the annual resilience report as
 * canonical JSON (the same data give the same bytes). Callers without a key get the public variant,
 * naming only members who consented; coordinators get the full one. ETag per data version, year,
 * language and view; {@code If-None-Match} answers 304.
 */
@RestController
class ReportController {

    private static final String VARY = "X-API-Key, Authorization";

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/regions/{regionId}/reports/{year}")
    ResponseEntity<byte[]> report(@PathVariable String regionId, @PathVariable String year,
                                  @RequestParam(required = false) String lang,
                                  @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        var report = reports.report(regionId, year, ReportService.language(lang), ReportService.viewOf(Access.current()));
        String etag = report.etag("json");
        if (EntityTags.matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers(etag)).build();
        }
        return ResponseEntity.ok().headers(headers(etag)).contentType(MediaType.APPLICATION_JSON).body(reports.json(report));
    }

    /** Cache headers every report format shares: revalidate each time, vary by key. */
    static HttpHeaders headers(String etag) {
        var headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setCacheControl(CacheControl.noCache());
        headers.set(HttpHeaders.VARY, VARY);
        return headers;
    }
}
