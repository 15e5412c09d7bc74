package org.coopgraph.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import org.coopgraph.api.errors.TooManyRequestsException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers 429 (rendered by the problem advice, with {@code Retry-After}) when the caller's bucket is
 * empty. Two instances run: {@link #perIp} before authentication, counting every request by client
 * address, and {@link #perKey} after it, counting requests by the authenticated key id
 * ({@code getUserPrincipal().getName()}; none for anonymous callers) and writes by key id, or by
 * address for a write that passed without a principal.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final RateLimiter all;
    private final RateLimiter writes;
    private final boolean byKey;
    private final boolean trustedProxy;
    private final HandlerExceptionResolver resolver;

    private RateLimitFilter(RateLimiter all, RateLimiter writes, boolean byKey, boolean trustedProxy,
                            HandlerExceptionResolver resolver) {
        this.all = all;
        this.writes = writes;
        this.byKey = byKey;
        this.trustedProxy = trustedProxy;
        this.resolver = resolver;
    }

    static RateLimitFilter perIp(RateLimiter limiter, boolean trustedProxy, HandlerExceptionResolver resolver) {
        return new RateLimitFilter(limiter, null, false, trustedProxy, resolver);
    }

    static RateLimitFilter perKey(RateLimiter keys, RateLimiter writes, boolean trustedProxy,
                                  HandlerExceptionResolver resolver) {
        return new RateLimitFilter(keys, writes, true, trustedProxy, resolver);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TooManyRequestsException refusal = byKey ? checkKey(request) : checkIp(request);
        if (refusal == null) {
            chain.doFilter(request, response);
        } else if (resolver.resolveException(request, response, null, refusal) == null) {
            response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
            response.sendError(429);
        }
    }

    private TooManyRequestsException checkIp(HttpServletRequest request) {
        var verdict = all.tryAcquire(ClientAddress.of(request, trustedProxy));
        return verdict.allowed() ? null : refusal("Too many requests from this address", all, verdict, "per-ip");
    }

    private TooManyRequestsException checkKey(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        String key = principal == null ? null : principal.getName();
        if (key != null) {
            var verdict = all.tryAcquire(key);
            if (!verdict.allowed()) {
                return refusal("Too many requests with this API key", all, verdict, "per-key");
            }
        }
        if (!READ_METHODS.contains(request.getMethod())) {
            var verdict = writes.tryAcquire(key != null ? "key:" + key : "ip:" + ClientAddress.of(request, trustedProxy));
            if (!verdict.allowed()) {
                return refusal("Too many writes", writes, verdict, "writes");
            }
        }
        return null;
    }

    private static TooManyRequestsException refusal(String what, RateLimiter limiter, RateLimiter.Verdict verdict,
                                                    String setting) {
        var rate = limiter.rate();
        return new TooManyRequestsException(what + ": at most " + rate.burst()
                + " at once and " + rate.perSecond() + " per second (setting coopgraph.limits.rate." + setting
                + "). Retry after " + verdict.retryAfterSeconds() + " s.", verdict.retryAfterSeconds());
    }
}
