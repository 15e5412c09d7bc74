package org.coopgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressTest {

    private static MockHttpServletRequest request(String forwardedFor) {
        var request = new MockHttpServletRequest("GET", "/api/regions");
        request.setRemoteAddr("192.0.2.10");
        if (forwardedFor != null) {
            request.addHeader(ClientAddress.FORWARDED_FOR, forwardedFor);
        }
        return request;
    }

    @Test
    void forwardedForIsIgnoredUnlessAProxyIsTrusted() {
        assertThat(ClientAddress.of(request("203.0.113.7"), false)).isEqualTo("192.0.2.10");
    }

    @Test
    void behindATrustedProxyTheEntryItAddedCounts() {
        // The client wrote "1.2.3.4" itself; the proxy appended the address it saw.
        assertThat(ClientAddress.of(request("1.2.3.4, 203.0.113.7"), true)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of(request("203.0.113.7"), true)).isEqualTo("203.0.113.7");
    }

    @Test
    void aTrustedProxyWithoutTheHeaderLeavesThePeerAddress() {
        assertThat(ClientAddress.of(request(null), true)).isEqualTo("192.0.2.10");
        assertThat(ClientAddress.of(request(" , "), true)).isEqualTo("192.0.2.10");
    }
}
