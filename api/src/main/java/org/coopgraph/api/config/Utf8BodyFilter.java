package org.coopgraph.api.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.coopgraph.api.errors.InvalidUtf8Exception;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks that JSON request bodies are well-formed UTF-8 while they are read. Jackson's decoder is
 * lenient: it reads the overlong {@code C0 AF} as '/', so a "/" could reach a name or an id past any
 * check on the raw bytes. The JDK decoder refuses overlong forms, encoded surrogates and stray bytes;
 * the first such byte fails the read with {@link InvalidUtf8Exception}, which answers 400.
 */
final class Utf8BodyFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(isJson(request.getContentType()) ? new InspectedBody(request, Utf8Checking::new) : request, response);
    }

    private static boolean isJson(String contentType) {
        try {
            if (contentType == null) {
                return false;
            }
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException e) {
            return false; // Spring answers 415 for it
        }
    }

    private static final class Utf8Checking extends InspectedBody.Forwarding {

        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        private byte[] carry = new byte[0]; // the start of a sequence cut by the end of the last read
        private long checked;
        private boolean ended;

        Utf8Checking(ServletInputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                end();
            } else if (n > 0) {
                check(buffer, offset, n);
            }
            return n;
        }

        private void check(byte[] buffer, int offset, int n) throws InvalidUtf8Exception {
            ByteBuffer bytes = ByteBuffer.allocate(carry.length + n).put(carry).put(buffer, offset, n).flip();
            decode(bytes, false);
            carry = new byte[bytes.remaining()];
            bytes.get(carry);
        }

        private void end() throws InvalidUtf8Exception {
            if (!ended) {
                ended = true;
                decode(ByteBuffer.wrap(carry), true);
                if (decoder.flush(chars.clear()).isError()) {
                    throw new InvalidUtf8Exception(checked);
                }
            }
        }

        private void decode(ByteBuffer bytes, boolean last) throws InvalidUtf8Exception {
            long start = checked;
            while (true) {
                CoderResult result = decoder.decode(bytes, chars.clear(), last);
                if (result.isError()) {
                    throw new InvalidUtf8Exception(start + bytes.position());
                }
                if (result.isUnderflow()) {
                    checked = start + bytes.position();
                    return;
                }
            }
        }

    }
}
