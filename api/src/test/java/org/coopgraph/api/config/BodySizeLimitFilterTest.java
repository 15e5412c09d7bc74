package org.coopgraph.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import org.coopgraph.api.errors.PayloadTooLargeException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;

/** Bodies without a declared length (chunked) are counted while they are read. */
class BodySizeLimitFilterTest {

    private static final HandlerExceptionResolver UNUSED = (request, response, handler, ex) -> {
        throw new AssertionError("a chunked body is not refused before it is read");
    };

    private static MockHttpServletRequest chunked(int bytes) {
        var request = new MockHttpServletRequest("POST", "/api/regions/r/import") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[bytes]);
        return request;
    }

    @Test
    void shouldFailReadingAChunkedBodyOnceItPassesTheLimit() {
        FilterChain readAll = (request, response) -> request.getInputStream().readAllBytes();
        var filter = new BodySizeLimitFilter(10, UNUSED);
        assertThatThrownBy(() -> filter.doFilter(chunked(11), new MockHttpServletResponse(), readAll))
                .isInstanceOf(PayloadTooLargeException.class)
                .hasMessage("The request body exceeds the limit of 10 bytes (setting coopgraph.http.max-body-size)");
    }

    @Test
    void shouldPassAChunkedBodyOfExactlyTheLimit() throws Exception {
        var read = new int[1];
        FilterChain readAll = (request, response) -> read[0] = request.getInputStream().readAllBytes().length;
        new BodySizeLimitFilter(10, UNUSED).doFilter(chunked(10), new MockHttpServletResponse(), readAll);
        assertThat(read[0]).isEqualTo(10);
    }
}
