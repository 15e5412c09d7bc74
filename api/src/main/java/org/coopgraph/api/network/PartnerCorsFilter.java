package org.coopgraph.api.network;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * CORS for {@code /api/regions/{r}/network}: a browser on a partner origin of that region may read
 * the export (and send the embed token header); any other origin gets no CORS headers, so its
 * browser withholds the answer. Preflights from partners are answered here. Every answer varies by
 * Origin so no cache serves one origin's answer to another.
 */
final class PartnerCorsFilter extends OncePerRequestFilter {

    static final String TOKEN_HEADER = "X-Embed-Token";
    private static final Pattern NETWORK_PATH = Pattern.compile("/api/regions/([^/]+)/network/?");
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final PartnerOrigins origins;

    PartnerCorsFilter(PartnerOrigins origins) {
        this.origins = origins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher path = NETWORK_PATH.matcher(PATHS.getPathWithinApplication(request));
        if (!path.matches()) {
            chain.doFilter(request, response);
            return;
        }
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || !origins.allows(path.group(1), origin)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Content-Disposition");
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
        if (preflight) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, TOKEN_HEADER + ", If-None-Match");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
