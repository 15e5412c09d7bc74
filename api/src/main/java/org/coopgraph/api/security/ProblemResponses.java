package org.coopgraph.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.coopgraph.api.errors.ForbiddenException;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.UnauthorizedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Spring Security's refusals rendered like every other error: the exception goes through the MVC
 * exception resolver to the problem advice, so a 401, 403 or a refused address is problem+json too.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    static final String HOW_TO_SEND = "send it as header 'X-API-Key: <key>' or 'Authorization: Bearer <key>'";
    private static final RequestMatcher IN_REGION = PathPatternRequestMatcher.withDefaults()
            .matcher("/api/regions/{regionId}/**");
    private static final RequestMatcher KEYS = PathPatternRequestMatcher.withDefaults()
            .matcher("/api/regions/{regionId}/keys/**");

    private final HandlerExceptionResolver resolver;

    ProblemResponses(HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    /** No key, or an anonymous caller where a key is needed: 401. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException cause)
            throws IOException {
        String region = region(request);
        String needed = KEYS.matches(request) || region == null
                ? "This request needs the admin key"
                : "This request changes data and needs an API key with the coordinator role for region '" + region
                        + "' (or the admin key)";
        render(request, response, new UnauthorizedException(needed + ": " + HOW_TO_SEND + "."), 401);
    }

    /** A valid key without the role this request needs: 403. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String caller = SecurityContextHolder.getContext().getAuthentication() instanceof KeyAuthentication key
                ? key.describe() : "this caller";
        String region = region(request);
        String needed = KEYS.matches(request) && "GET".equals(request.getMethod())
                ? "listing keys needs a coordinator key of region '" + region + "' or the admin key"
                : KEYS.matches(request) || region == null
                ? "this needs the admin key"
                : "changing region '" + region + "' needs a coordinator key of that region or the admin key";
        render(request, response, new ForbiddenException("Refused for " + caller + ": " + needed + "."), 403);
    }

    /** A key was sent but is unknown, revoked or mistyped: 401 on any request, so it never passes silently. */
    void invalidKey(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, new UnauthorizedException("The API key sent is not valid: it is unknown, revoked or"
                + " mistyped. Ask the admin or your region's coordinator for a key, and " + HOW_TO_SEND + "."), 401);
    }

    /** Failures while checking a key (the database being away: 503) answer like any request would. */
    void failure(HttpServletRequest request, HttpServletResponse response, RuntimeException failure) throws IOException {
        render(request, response, failure, 500);
    }

    /** The firewall refused a non-canonical address (";", "//", "..", encoded "/" or "%", control characters). */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        render(request, response, InvalidInputException.of("path", "the address is not in canonical form: it must not"
                + " contain ';', '//', '.' or '..' segments, an encoded '/', '\\' or '%', or control characters"), 400);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, Exception problem, int fallbackStatus)
            throws IOException {
        if (resolver.resolveException(request, response, null, problem) == null) {
            response.sendError(fallbackStatus);
        }
    }

    private static String region(HttpServletRequest request) {
        Map<String, String> variables = IN_REGION.matcher(request).getVariables();
        return variables.get("regionId");
    }
}
