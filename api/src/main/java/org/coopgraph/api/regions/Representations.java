package org.coopgraph.api.regions;

import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers with a {@link RenderedBodies.Body}: gzip-compressed when the request's Accept-Encoding allows
 * it, with the ETag of the representation sent (see {@link EntityTags}) and {@code Vary: Accept-Encoding}
 * added, so a shared cache never hands a compressed body to a client that cannot read it.
 */
public final class Representations {

    private Representations() {
    }

    /** 200 with the body; {@code headers} carries the caller's cache headers and gets ETag, Vary and encoding. */
    public static ResponseEntity<byte[]> ok(HttpHeaders headers, String etag, MediaType type, RenderedBodies.Body body,
                                            String acceptEncoding) {
        boolean gzip = acceptsGzip(acceptEncoding);
        tag(headers, etag, gzip);
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return ResponseEntity.ok().headers(headers).contentType(type).body(gzip ? body.gzip() : body.identity());
    }

    /** 304 (the client's copy is current), tagged as {@link #ok} would tag the body. */
    public static ResponseEntity<byte[]> notModified(HttpHeaders headers, String etag, String acceptEncoding) {
        tag(headers, etag, acceptsGzip(acceptEncoding));
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
    }

    private static void tag(HttpHeaders headers, String etag, boolean gzip) {
        headers.setETag(gzip ? EntityTags.gzip(etag) : etag);
        String vary = headers.getFirst(HttpHeaders.VARY);
        headers.set(HttpHeaders.VARY, vary == null ? HttpHeaders.ACCEPT_ENCODING : vary + ", " + HttpHeaders.ACCEPT_ENCODING);
    }

    /**
     * RFC 9110 12.5.3: gzip (or x-gzip, or *) is listed without {@code q=0}; gzip with q=0 refuses it
     * even next to *; no header means identity, as most programmatic clients expect.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean named = false;
        boolean wildcard = false;
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.split(";");
            String coding = fields[0].strip().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                if (refused(fields)) {
                    return false;
                }
                named = true;
            } else if (coding.equals("*")) {
                wildcard = !refused(fields);
            }
        }
        return named || wildcard;
    }

    private static boolean refused(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            String parameter = fields[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
