package org.coopgraph.api.config;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * A request whose body stream is wrapped, on first use, by a stream that sees every byte read: the
 * shared shape of the body filters (size limit, UTF-8 check), which differ only in what they check.
 */
final class InspectedBody extends HttpServletRequestWrapper {

    private final UnaryOperator<ServletInputStream> inspector;
    private ServletInputStream stream;

    InspectedBody(HttpServletRequest request, UnaryOperator<ServletInputStream> inspector) {
        super(request);
        this.inspector = inspector;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = inspector.apply(super.getInputStream());
        }
        return stream;
    }

    /** A body stream that forwards the non-blocking calls to the stream it inspects. */
    abstract static class Forwarding extends ServletInputStream {

        protected final ServletInputStream in;

        Forwarding(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
