package org.coopgraph.api.crosssector;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.api.regions.RenderedBodies;
import org.coopgraph.api.security.Access;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

class AnalysisResponsesTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void shouldComputeOnceForEveryViewAndRepeat() {
        var responses = new AnalysisResponses(new DerivedCache(), new RenderedBodies(DataSize.ofMegabytes(16)), json);
        var calls = new AtomicInteger();
        var snapshot = TinyRegion.snapshot("tiny", 2);

        for (Access access : List.of(Access.PUBLIC, Access.COORDINATOR, Access.PUBLIC, Access.COORDINATOR)) {
            as(access);
            responses.answer(snapshot, "count", "p=1", null, null, () -> List.of(calls.incrementAndGet()));
        }

        assertThat(calls).hasValue(1);
    }

    @Test
    void shouldRenderTheSameBytesFromFreshCaches() {
        var snapshot = TinyRegion.snapshot("tiny", 2);
        as(Access.PUBLIC);

        byte[] first = new AnalysisResponses(new DerivedCache(), new RenderedBodies(DataSize.ofMegabytes(16)), json)
                .answer(snapshot, "tiny", "", null, null, () -> java.util.Map.of("memberId", "gamma")).getBody();
        byte[] second = new AnalysisResponses(new DerivedCache(), new RenderedBodies(DataSize.ofMegabytes(16)), json)
                .answer(snapshot, "tiny", "", null, null, () -> java.util.Map.of("memberId", "gamma")).getBody();

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "{\"regionId\":\"tiny\",\"year\":null,\"dataVersion\":2,\"result\":{\"memberId\":\"gamma\"},"
                        + "\"memberNames\":{\"gamma\":\"Gamma Foods\"}}");
    }

    private static void as(Access access) {
        var request = new MockHttpServletRequest();
        request.setAttribute(Access.ATTRIBUTE, access);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
