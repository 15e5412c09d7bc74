package org.coopgraph.api.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Replaces Spring Boot's whitelabel/JSON {@code /error} answer, which the servlet container uses for
 * failures outside Spring MVC (a filter throwing, {@code sendError}). An exception is rethrown so
 * that {@link ProblemAdvice} maps it exactly as it would inside MVC; a bare status becomes a problem
 * of the matching type. Either way the client sees problem+json.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Object> error(HttpServletRequest request) throws Throwable {
        Throwable failure = unwrap((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        if (failure != null) {
            throw failure;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Without an error status the path was requested directly: there is nothing at /error.
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null ? HttpStatus.valueOf(c) : HttpStatus.NOT_FOUND;
        ProblemType type = ProblemType.forStatus(status.value());
        ProblemDetail problem = type != null && type.status() == status
                ? Problems.of(type, status.is5xxServerError() ? ProblemAdvice.GENERIC_DETAIL : status.getReasonPhrase())
                : ProblemDetail.forStatusAndDetail(status, status.getReasonPhrase());
        return Problems.response(problem, new HttpHeaders(), new ServletWebRequest(request));
    }

    /** Servlet containers wrap what a filter threw; the advice should see the real failure. */
    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while (t instanceof ServletException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
