package org.coopgraph.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Audits every successful (2xx) write under {@code /api}, whichever controller served it, and gives each
 * request an id ({@code X-Request-Id}: the caller's if it is a plain token, else a new one) that is
 * echoed in the answer and stored with the entry. Refused or failed writes change nothing and are not
 * entries. The actor is the authenticated principal's name (an API key id such as {@code k_...}, or
 * {@code admin}), else {@code anonymous}.
 */
final class AuditInterceptor implements HandlerInterceptor {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String ANONYMOUS = "anonymous";
    private static final String REQUEST_ID = AuditInterceptor.class.getName() + ".requestId";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final Auditor auditor;

    AuditInterceptor(Auditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String given = request.getHeader(REQUEST_ID_HEADER);
        String requestId = given != null && PLAIN_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(REQUEST_ID, requestId);
        response.setHeader(REQUEST_ID_HEADER, requestId);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        int status = response.getStatus();
        if (!WRITES.contains(request.getMethod()) || status < 200 || status > 299 || ex != null) {
            return;
        }
        auditor.record(AuditedWrite.of(request, response), actor(request), status, (String) request.getAttribute(REQUEST_ID));
    }

    static String actor(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
            return principal.getName();
        }
        return ANONYMOUS;
    }
}
