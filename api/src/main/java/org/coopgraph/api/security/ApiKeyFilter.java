package org.coopgraph.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.coopgraph.api.errors.UnauthorizedException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.UrlPathHelper;

/**
 * Records each request's {@link Access} under {@link Access#ATTRIBUTE}: COORDINATOR with the
 * coordinator key in {@code X-API-Key} or {@code Authorization: Bearer <key>}, else PUBLIC. Requests
 * that change something under {@code /api} need COORDINATOR access; the 401 is rendered by the
 * problem advice (through the exception resolver) so it looks like every other error.
 */
public final class ApiKeyFilter extends OncePerRequestFilter {

    public static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";
    private static final UrlPathHelper PATHS = new UrlPathHelper();
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final CoordinatorKey key;
    private final HandlerExceptionResolver resolver;

    public ApiKeyFilter(CoordinatorKey key, HandlerExceptionResolver resolver) {
        this.key = key;
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedKey(request);
        Access access = key.matches(presented) ? Access.COORDINATOR : Access.PUBLIC;
        request.setAttribute(Access.ATTRIBUTE, access);
        if (access != Access.COORDINATOR && isApiWrite(request)) {
            var refusal = new UnauthorizedException((presented == null ? "This request changes data and needs the"
                    + " coordinator API key" : "The API key sent is not the coordinator key")
                    + ": send it as header 'X-API-Key: <key>' or 'Authorization: Bearer <key>'. The key is set with"
                    + " COOPGRAPH_API_KEY; without it, the service logs a key for the run at start-up.");
            if (resolver.resolveException(request, response, null, refusal) == null) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static String presentedKey(HttpServletRequest request) {
        String header = request.getHeader(API_KEY_HEADER);
        if (header != null && !header.isBlank()) {
            return header;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length());
        }
        return null;
    }

    /**
     * Checks the decoded path without ";..." segments and with "//" collapsed, as Spring MVC matches
     * routes, so an encoded {@code /%61pi/...} or {@code /api;x=1/...} cannot slip past the check.
     */
    private static boolean isApiWrite(HttpServletRequest request) {
        if (READ_METHODS.contains(request.getMethod())) {
            return false;
        }
        String path = PATHS.getPathWithinApplication(request);
        return path.equals("/api") || path.startsWith("/api/");
    }
}
