package org.coopgraph.api.errors;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.coopgraph.model.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where failures become answers: RFC 9457 problem+json for every error, with the
 * {@code type} URIs of {@link ProblemType}. Spring MVC's own exceptions (404 for unknown routes, 405,
 * 406, 415, 413 for uploads, missing parameters) come through {@link ResponseEntityExceptionHandler}
 * and get a coopgraph type here. A 5xx never shows exception text; the failure is logged instead.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    static final String GENERIC_DETAIL = "Something went wrong on our side. The error was logged; please try again"
            + " later or report it with the time of the request.";
    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex, WebRequest request) {
        return Problems.response(Problems.of(ProblemType.NOT_FOUND, ex.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException ex, WebRequest request) {
        return Problems.response(Problems.withErrors(ProblemType.INVALID_INPUT, ex.violations()), new HttpHeaders(), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<Violation> violations = ex.getConstraintViolations().stream()
                .map(v -> new Violation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Violation::location)).toList();
        return Problems.response(Problems.withErrors(ProblemType.INVALID_PARAMETER, violations), new HttpHeaders(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException ex, WebRequest request) {
        return Problems.response(Problems.of(ProblemType.CONFLICT, ex.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(UnauthorizedException.class)
    ResponseEntity<Object> unauthorized(UnauthorizedException ex, WebRequest request) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"coopgraph\"");
        return Problems.response(Problems.of(ProblemType.UNAUTHORIZED, ex.getMessage()), headers, request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException ex, WebRequest request) {
        return Problems.response(Problems.of(ProblemType.FORBIDDEN, ex.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Object> payloadTooLarge(PayloadTooLargeException ex, WebRequest request) {
        return Problems.response(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, ex.getMessage()), new HttpHeaders(), request);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> tooManyRequests(TooManyRequestsException ex, WebRequest request) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
        return Problems.response(Problems.of(ProblemType.TOO_MANY_REQUESTS, ex.getMessage()), headers, request);
    }

    /** Everything else: a broken request (400), the database being away (503, retry), a write race (409), or a bug (500). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        var broken = BrokenRequests.of(ex);
        if (broken.isPresent()) {
            log.info("Refused a broken request {}: {}", request.getDescription(false), ex.toString());
            return Problems.response(Problems.of(broken.get().type(), broken.get().detail()), new HttpHeaders(), request);
        }
        if (DatabaseFailures.isUnavailable(ex)) {
            log.warn("Neo4j is unavailable, answering 503 to {}: {}", request.getDescription(false), ex.toString());
            var headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return Problems.response(Problems.of(ProblemType.DATABASE_UNAVAILABLE, "The database is not reachable"
                    + " at the moment. Please retry in a few seconds."), headers, request);
        }
        if (DatabaseFailures.isConstraintViolation(ex)) {
            return Problems.response(Problems.of(ProblemType.CONFLICT, "The change clashes with data written at the"
                    + " same time (an id that must be unique is taken). Reload and try again."), new HttpHeaders(), request);
        }
        log.error("Unexpected failure answering {}", request.getDescription(false), ex);
        return Problems.response(Problems.of(ProblemType.INTERNAL_ERROR, GENERIC_DETAIL), new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemType type = JsonBodyErrors.breaksRecordRules(ex) ? ProblemType.INVALID_INPUT : ProblemType.MALFORMED_BODY;
        return handleExceptionInternal(ex, Problems.withErrors(type, JsonBodyErrors.of(ex)), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "of another type" : JsonBodyErrors.describe(ex.getRequiredType());
        var violation = new Violation(name, "must be " + expected + " (was '" + ex.getValue() + "')");
        return handleExceptionInternal(ex, Problems.withErrors(ProblemType.INVALID_PARAMETER, List.of(violation)),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var violation = new Violation(ex.getParameterName(), "is required (" + ex.getParameterType() + ")");
        return handleExceptionInternal(ex, Problems.withErrors(ProblemType.INVALID_PARAMETER, List.of(violation)),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var violations = new ArrayList<Violation>();
        ex.getBindingResult().getGlobalErrors().forEach(e -> violations.add(new Violation("", e.getDefaultMessage())));
        ex.getBindingResult().getFieldErrors().forEach(e -> violations.add(new Violation(
                "/" + e.getField().replaceAll("\\[(\\d+)]", ".$1").replace('.', '/'), e.getDefaultMessage())));
        return handleExceptionInternal(ex, Problems.withErrors(ProblemType.INVALID_INPUT, violations), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var violations = new ArrayList<Violation>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                violations.add(new Violation(String.valueOf(result.getMethodParameter().getParameterName()),
                        String.valueOf(error.getDefaultMessage())))));
        return handleExceptionInternal(ex, Problems.withErrors(ProblemType.INVALID_PARAMETER, violations), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = "There is nothing at " + ex.getHttpMethod() + " /" + ex.getResourcePath()
                + ". The API lives under /api (described at /v3/api-docs).";
        return handleExceptionInternal(ex, Problems.of(ProblemType.NOT_FOUND, detail), headers, status, request);
    }

    /** Every answer built by the base class passes here: add the coopgraph type; hide 5xx details. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            if (statusCode.is5xxServerError()) {
                log.error("Failure answering {} with {}", request.getDescription(false), statusCode.value(), ex);
                problem.setDetail(GENERIC_DETAIL);
            }
            return Problems.response(problem, response.getHeaders(), request);
        }
        return response;
    }

    private static String lastNode(String propertyPath) {
        return propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
    }
}
