package org.coopgraph.api.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.coopgraph.model.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/** Builds the problem+json bodies of {@link ProblemAdvice}; {@code errors} holds {location, message} pairs. */
final class Problems {

    static final String ERRORS = "errors";

    private Problems() {
    }

    static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    /** A problem listing every violation; the detail counts them so a log line alone says enough. */
    static ProblemDetail withErrors(ProblemType type, List<Violation> violations) {
        String detail = violations.size() == 1
                ? "The request has 1 problem: " + describe(violations.get(0)) + "."
                : "The request has " + violations.size() + " problems; see errors.";
        ProblemDetail problem = of(type, detail);
        problem.setProperty(ERRORS, List.copyOf(violations));
        return problem;
    }

    /**
     * Gives Spring's own problems (which come with {@code about:blank}) a coopgraph type and title,
     * and points {@code instance} at the path the client asked for, also on the /error dispatch.
     */
    static void complete(ProblemDetail problem, WebRequest request) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            ProblemType type = ProblemType.forStatus(problem.getStatus());
            if (type != null) {
                problem.setType(type.uri());
                problem.setTitle(type.title());
            }
        }
        if (problem.getInstance() == null) {
            problem.setInstance(requestedPath(request));
        }
    }

    static ResponseEntity<Object> response(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        complete(problem, request);
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String describe(Violation violation) {
        return violation.location().isEmpty() ? violation.message() : violation.location() + " " + violation.message();
    }

    private static URI requestedPath(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest
                && nativeRequest.getNativeRequest() instanceof HttpServletRequest servletRequest) {
            Object original = servletRequest.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String path = original instanceof String s ? s : servletRequest.getRequestURI();
            try {
                return URI.create(path);
            } catch (IllegalArgumentException e) {
                return null; // a path the client sent unencoded: leave instance out rather than fail
            }
        }
        return null;
    }
}
