package org.coopgraph.api.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.coopgraph.api.errors.PayloadTooLargeException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Caps request bodies (Tomcat caps only form posts). A declared length over the limit is refused
 * before reading; a chunked body fails with {@link PayloadTooLargeException} once it passes the limit.
 * Either way the answer is a 413 problem from the problem advice.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limitBytes;
    private final HandlerExceptionResolver resolver;

    BodySizeLimitFilter(long limitBytes, HandlerExceptionResolver resolver) {
        this.limitBytes = limitBytes;
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limitBytes) {
            if (resolver.resolveException(request, response, null, new PayloadTooLargeException(limitBytes)) == null) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            }
            return;
        }
        chain.doFilter(declared >= 0 ? request : new InspectedBody(request, in -> new Counting(in, limitBytes)), response);
    }

    /** A body stream that counts what is read and stops at the limit. */
    private static final class Counting extends InspectedBody.Forwarding {

        private final long limitBytes;
        private long read;

        Counting(ServletInputStream in, long limitBytes) {
            super(in);
            this.limitBytes = limitBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limitBytes) {
                throw new PayloadTooLargeException(limitBytes);
            }
        }

    }
}
