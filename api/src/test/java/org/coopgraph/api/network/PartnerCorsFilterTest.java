package org.coopgraph.api.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PartnerCorsFilterTest {

    private final PartnerCorsFilter filter = new PartnerCorsFilter(new PartnerOrigins(Map.of("veen", List.of("https://coop.nl"))));

    private MockHttpServletResponse run(String method, String path, String origin, boolean preflight, MockFilterChain chain)
            throws Exception {
        var request = new MockHttpServletRequest(method, path);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (preflight) {
            request.addHeader("Access-Control-Request-Method", "GET");
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void aPartnerMayReadItsRegionsNetwork() throws Exception {
        var chain = new MockFilterChain();
        var response = run("GET", "/api/regions/veen/network", "https://coop.nl", false, chain);
        assertThat(response.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://coop.nl");
        assertThat(response.getHeader("Access-Control-Expose-Headers")).contains("ETag");
        assertThat(response.getHeaders("Vary")).contains("Origin");
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void otherOriginsAndOtherRegionsGetNoCorsHeaders() throws Exception {
        assertThat(run("GET", "/api/regions/veen/network", "https://evil.example", false, new MockFilterChain())
                .getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(run("GET", "/api/regions/other/network", "https://coop.nl", false, new MockFilterChain())
                .getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(run("GET", "/api/regions/veen/members", "https://coop.nl", false, new MockFilterChain())
                .getHeader("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aPartnersPreflightIsAnsweredHereAllowingTheTokenHeader() throws Exception {
        var chain = new MockFilterChain();
        var response = run("OPTIONS", "/api/regions/veen/network", "https://coop.nl", true, chain);
        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(response.getHeader("Access-Control-Allow-Headers")).contains("X-Embed-Token");
        assertThat(response.getHeader("Access-Control-Allow-Methods")).isEqualTo("GET, HEAD");
        assertThat(chain.getRequest()).isNull();
    }
}
