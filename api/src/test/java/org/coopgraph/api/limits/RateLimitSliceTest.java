package org.coopgraph.api.limits;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import org.coopgraph.api.errors.ProblemErrorController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The rate limits as configured here (tiny, so each test stays short), through the real filters. */
@WebMvcTest(controllers = {LimitsEchoController.class, ProblemErrorController.class}, properties = {
        "coopgraph.limits.rate.per-ip.per-second=1", "coopgraph.limits.rate.per-ip.burst=3",
        "coopgraph.limits.rate.per-key.per-second=1", "coopgraph.limits.rate.per-key.burst=5",
        "coopgraph.limits.rate.writes.per-second=1", "coopgraph.limits.rate.writes.burst=2",
        "coopgraph.limits.query.max-length=10"})
@Import(LimitsConfiguration.class)
class RateLimitSliceTest {

    @Autowired
    MockMvc mvc;

    private ResultActions send(MockHttpServletRequestBuilder request, String ip, String key) throws Exception {
        request.with(r -> {
            r.setRemoteAddr(ip);
            return r;
        });
        if (key != null) {
            request.principal((Principal) () -> key);
        }
        return mvc.perform(request);
    }

    private static void refused(ResultActions result, String setting) throws Exception {
        result.andExpect(status().is(429))
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://coopgraph.org/problems/too-many-requests"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail", containsString("coopgraph.limits.rate." + setting)));
    }

    @Test
    void anAddressGetsItsBurstThen429WithRetryAfterAndOtherAddressesAreUntouched() throws Exception {
        for (int i = 0; i < 3; i++) {
            send(get("/t/limits"), "10.0.0.1", null).andExpect(status().isOk());
        }
        refused(send(get("/t/limits"), "10.0.0.1", null), "per-ip");
        send(get("/t/limits"), "10.0.0.2", null).andExpect(status().isOk()).andExpect(content().string("anonymous"));
    }

    @Test
    void afterRetryAfterSecondsTheAddressMaySendAgain() throws Exception {
        for (int i = 0; i < 3; i++) {
            send(get("/t/limits"), "10.0.1.1", null).andExpect(status().isOk());
        }
        refused(send(get("/t/limits"), "10.0.1.1", null), "per-ip");
        Thread.sleep(1_050); // Retry-After: 1; the exact refill is RateLimiterTest's (this machine's clock is not ours)
        send(get("/t/limits"), "10.0.1.1", null).andExpect(status().isOk());
    }

    @Test
    void aKeyIsCountedWhereverItComesFromAndApartFromItsAddresses() throws Exception {
        for (int i = 0; i < 5; i++) {
            send(get("/t/limits"), "10.0.2." + i, "key-1").andExpect(status().isOk()).andExpect(content().string("key-1"));
        }
        refused(send(get("/t/limits"), "10.0.2.5", "key-1"), "per-key");
        send(get("/t/limits"), "10.0.2.6", "key-2").andExpect(status().isOk());
        // The address 10.0.2.5 spent one token of its own on the refused request; two are left for others.
        send(get("/t/limits"), "10.0.2.5", null).andExpect(status().isOk());
    }

    @Test
    void anExhaustedAddressStopsEvenAValidKeyBeforeAuthentication() throws Exception {
        for (int i = 0; i < 3; i++) {
            send(get("/t/limits"), "10.0.3.1", "key-3").andExpect(status().isOk());
        }
        refused(send(get("/t/limits"), "10.0.3.1", "key-3"), "per-ip");
        send(get("/t/limits"), "10.0.3.2", "key-3").andExpect(status().isOk());
    }

    @Test
    void writesHaveTheirOwnSmallerBucketPerKey() throws Exception {
        send(post("/t/limits"), "10.0.4.1", "key-4").andExpect(status().isOk());
        send(post("/t/limits"), "10.0.4.2", "key-4").andExpect(status().isOk());
        refused(send(post("/t/limits"), "10.0.4.3", "key-4"), "writes");
        send(get("/t/limits"), "10.0.4.4", "key-4").andExpect(status().isOk());
        send(post("/t/limits"), "10.0.4.5", "key-5").andExpect(status().isOk());
    }

    @Test
    void anOverlongQueryParameterIs400NamingIt() throws Exception {
        send(get("/t/limits").queryParam("q", "0123456789"), "10.0.5.1", null).andExpect(status().isOk());
        send(get("/t/limits").queryParam("q", "0123456789a"), "10.0.5.2", null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].location").value("q"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "must be at most 10 characters (was 11; setting coopgraph.limits.query.max-length)"));
    }
}
