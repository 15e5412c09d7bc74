package org.coopgraph.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Violation;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses a query parameter longer than {@code coopgraph.limits.query.max-length} characters (decoded)
 * with 400 naming the parameter, before any endpoint sees it. No id, code, filter or search text of
 * the API is that long (ids are at most 200 characters), so only hostile or broken requests are refused,
 * and no endpoint needs its own check. Only the query string is read, never a form body.
 */
final class QueryLengthFilter extends OncePerRequestFilter {

    private final int maxLength;
    private final HandlerExceptionResolver resolver;

    QueryLengthFilter(int maxLength, HandlerExceptionResolver resolver) {
        this.maxLength = maxLength;
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        var violations = new ArrayList<Violation>();
        if (query != null && query.length() > maxLength) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decoded(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decoded(pair.substring(eq + 1));
                if (name.length() > maxLength) {
                    violations.add(new Violation(name.substring(0, Math.min(40, name.length())) + "...", "is not a parameter of this API: names are short"));
                } else if (value.length() > maxLength) {
                    violations.add(new Violation(name, "must be at most " + maxLength + " characters (was "
                            + value.length() + "; setting coopgraph.limits.query.max-length)"));
                }
            }
        }
        if (violations.isEmpty()) {
            chain.doFilter(request, response);
        } else if (resolver.resolveException(request, response, null, new InvalidInputException(violations)) == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // a broken %-escape: measure it as sent
        }
    }
}
