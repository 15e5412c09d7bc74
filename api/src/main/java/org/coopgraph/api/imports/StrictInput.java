package org.coopgraph.api.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.coopgraph.api.config.StrictJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How uploaded documents are read: only well-formed UTF-8 (JSON and CSV), and JSON without guesses
 * ({@link StrictJson}). Jackson's UTF-8 decoder is lenient (it reads the overlong {@code C0 AF} as '/',
 * letting a "/" into an id past any check on the raw bytes); the JDK decoder refuses overlong forms,
 * encoded surrogates and stray bytes.
 */
final class StrictInput {

    private StrictInput() {
    }

    static JsonMapper mapper() {
        return StrictJson.strict(JsonMapper.builder())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Jackson 3 fails a missing primitive by default; an absent SectorLink.primary means false.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** The offset of the first malformed byte, or empty when all of {@code bytes} is well-formed UTF-8. */
    static OptionalLong firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return OptionalLong.of(in.position());
            }
            if (result.isUnderflow()) {
                CoderResult flushed = decoder.flush(out.clear());
                return flushed.isError() ? OptionalLong.of(in.position()) : OptionalLong.empty();
            }
            out.clear();
        }
    }
}
