package org.coopgraph.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The headers Spring Security's defaults do not cover the way this service needs:
 * <ul>
 *   <li>a Content-Security-Policy where the answer brought none: nothing may load or frame an API
 *   answer; Swagger UI gets what it needs from this service (its styles are partly inline);</li>
 *   <li>{@code X-Frame-Options: DENY} everywhere except the embed pages, whose own CSP
 *   {@code frame-ancestors} names the region's partner origins;</li>
 *   <li>{@code Cache-Control: no-store} on every answer to a keyed request, whose body may name
 *   members the public may not see. Anonymous answers keep their own caching (ETag revalidation of
 *   public analyses).</li>
 * </ul>
 */
final class SecurityHeaders implements HeaderWriter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    private static final String CSP = "Content-Security-Policy";
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        String path = PATHS.getPathWithinApplication(request);
        if (!response.containsHeader(CSP)) {
            response.setHeader(CSP, isSwaggerUi(path) ? SWAGGER_POLICY : API_POLICY);
        }
        if (!path.startsWith("/embed/")) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        // A request attribute, not the security context: a streamed answer may commit on another thread.
        if (request.getAttribute(ApiKeyFilter.CALLER) instanceof KeyAuthentication) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(HttpHeaders.PRAGMA, "no-cache");
        }
    }

    private static boolean isSwaggerUi(String path) {
        return path.startsWith("/swagger-ui");
    }
}
