package org.coopgraph.api.reports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopgraph.analytics.report.RegionReport;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.api.reports.render.ReportPdf;
import org.coopgraph.api.security.Access;
import org.coopgraph.api.regions.EntityTags;
import org.springframework.http.ContentDisposition;
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
 * {@code GET /api/regions/{regionId}/reports/{year}.html} and {@code .pdf} ({@code ?lang=nl|en}): the
 * annual report rendered by the {@link ReportRenderer} of that format, with the same access rules,
 * validation and ETag as the JSON ({@link ReportController}). Spring matches the literal suffix before
 * the JSON's bare {@code {year}}. Rendered bytes are cached per data version beside the report; the PDF
 * comes as an attachment named {@code <region>-<year>-<lang>.pdf}; the HTML page may load nothing and
 * run nothing (Content-Security-Policy), as a second guard besides escaping every string.
 */
@RestController
class ReportDocumentController {

    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private final ReportService reports;
    private final DerivedCache cache;
    private final Map<String, ReportRenderer> renderers;

    ReportDocumentController(ReportService reports, DerivedCache cache, List<ReportRenderer> renderers) {
        this.reports = reports;
        this.cache = cache;
        this.renderers = renderers.stream().collect(Collectors.toMap(ReportRenderer::format, Function.identity()));
    }

    @GetMapping("/api/regions/{regionId}/reports/{year}.html")
    ResponseEntity<byte[]> html(@PathVariable String regionId, @PathVariable String year,
                                @RequestParam(required = false) String lang,
                                @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return document("html", regionId, year, lang, ifNoneMatch);
    }

    @GetMapping("/api/regions/{regionId}/reports/{year}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String regionId, @PathVariable String year,
                               @RequestParam(required = false) String lang,
                               @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return document("pdf", regionId, year, lang, ifNoneMatch);
    }

    private ResponseEntity<byte[]> document(String format, String regionId, String year, String lang, String ifNoneMatch) {
        ReportRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new IllegalStateException("no " + format + " renderer in this build");
        }
        var report = reports.report(regionId, year, ReportService.language(lang), ReportService.viewOf(Access.current()));
        String etag = report.etag(format);
        HttpHeaders headers = ReportController.headers(etag);
        if (format.equals("pdf")) {
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(ReportPdf.fileName(report.model().meta())).build());
        } else {
            headers.set("Content-Security-Policy", HTML_POLICY);
        }
        if (EntityTags.matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
        }
        byte[] body = cache.get(report.snapshot(), ReportService.ANALYSIS + "/" + format, report.parameters(),
                () -> render(renderer, report.model()));
        return ResponseEntity.ok().headers(headers).contentType(MediaType.parseMediaType(renderer.contentType())).body(body);
    }

    private static byte[] render(ReportRenderer renderer, RegionReport report) {
        try {
            return renderer.render(report);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(renderer.format() + " rendering failed", e);
        }
    }
}
