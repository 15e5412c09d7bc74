package org.coopgraph.api.errors;

import java.io.EOFException;
import java.util.Optional;
import org.apache.coyote.BadRequestException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests that break HTTP itself and surface as exceptions while the body or the parameters are read:
 * a body shorter than its Content-Length, a bad chunk, an unreadable multipart body, a query parameter
 * that is not percent-encoded UTF-8. They are the client's fault (400), not bugs (500).
 */
final class BrokenRequests {

    private BrokenRequests() {
    }

    record Refusal(ProblemType type, String detail) {
    }

    static Optional<Refusal> of(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof EOFException) {
                return refuse(ProblemType.MALFORMED_BODY, "The body ended before the length it declared (Content-Length).");
            }
            if (t instanceof BadRequestException) {
                return refuse(ProblemType.MALFORMED_BODY, "The body could not be read: its framing (chunks or length) is broken.");
            }
            if (t instanceof InvalidParameterException) {
                return refuse(ProblemType.INVALID_PARAMETER, "A query parameter is not valid percent-encoded UTF-8.");
            }
            if (t instanceof MultipartException && !(t instanceof MaxUploadSizeExceededException)) {
                return refuse(ProblemType.MALFORMED_BODY, "The multipart body could not be read: check the boundary"
                        + " in Content-Type and the parts.");
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(ProblemType type, String detail) {
        return Optional.of(new Refusal(type, detail));
    }
}
