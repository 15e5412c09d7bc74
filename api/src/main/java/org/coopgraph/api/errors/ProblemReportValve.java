package org.coopgraph.api.errors;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's answer to requests it refuses before any servlet sees them (an encoded '/' or a NUL in the
 * path, a raw space or byte in the request line, a request line or header over the size limit): a
 * problem+json body instead of Tomcat's HTML page, which also named the server and its version.
 * Installed as the host's error report valve by {@code WebConfiguration}.
 */
public final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is committed: there is no one left to tell.
        }
    }

    static String body(int status) {
        ProblemType type = status == 400 ? ProblemType.MALFORMED_REQUEST : ProblemType.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status);
        String title = type != null ? type.title() : known != null ? known.getReasonPhrase() : "Error";
        String detail = status >= 500 ? ProblemAdvice.GENERIC_DETAIL : status == 400
                ? "The request could not be read: its path, query or headers break HTTP (for example an encoded"
                        + " '/' or a NUL in the path, or a request line or header that is too long)."
                : title + ".";
        return "{\"type\":\"" + (type != null ? type.uri() : "about:blank") + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
    }
}
