package org.coopgraph.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's authentication step for API keys, sent as {@code X-API-Key: <key>} or
 * {@code Authorization: Bearer <key>}. A valid key puts a {@link KeyAuthentication} in the security
 * context; no key leaves the caller anonymous (public); a key that is sent but not valid (unknown,
 * revoked, garbage) is a 401 at once, on reads too, so a revoked key never quietly degrades to the
 * public view. Which requests need which key is decided later, by the authorization rules.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    /** Request attribute holding the {@link KeyAuthentication} of a keyed request (read when headers are written). */
    static final String CALLER = ApiKeyFilter.class.getName() + ".caller";
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final ProblemResponses problems;
    private final SecurityContextRepository contexts;

    ApiKeyFilter(ApiKeys keys, ProblemResponses problems, SecurityContextRepository contexts) {
        this.keys = keys;
        this.problems = problems;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedKey(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<KeyAuthentication> caller;
        try {
            caller = keys.authenticate(presented);
        } catch (RuntimeException failure) {
            problems.failure(request, response, failure);
            return;
        }
        if (caller.isEmpty()) {
            problems.invalidKey(request, response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(caller.get());
        SecurityContextHolder.setContext(context);
        // Kept for the request's error dispatch, so an error page still knows the caller.
        contexts.saveContext(context, request, response);
        request.setAttribute(CALLER, caller.get());
        chain.doFilter(request, response);
    }

    /** The key in X-API-Key, else a Bearer token; null when neither carries one. */
    static String presentedKey(HttpServletRequest request) {
        String header = request.getHeader(API_KEY_HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && !authorization.substring(BEARER.length()).isBlank()) {
            return authorization.substring(BEARER.length()).strip();
        }
        return null;
    }
}
