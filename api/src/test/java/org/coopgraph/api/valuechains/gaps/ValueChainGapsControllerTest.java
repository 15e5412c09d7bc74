package org.coopgraph.api.valuechains.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coopgraph.api.crosssector.AnalysisResponses;
import org.coopgraph.api.crosssector.TinyRegion;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.regions.RenderedBodies;
import org.coopgraph.api.security.Access;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ValueChainGapsController.class)
@Import({AnalysisResponses.class, DerivedCache.class, RenderedBodies.class})
class ValueChainGapsControllerTest {

    private static final String CHAIN = "/api/regions/tiny/value-chains/chain1/gaps";
    private static final String SUMMARY = "/api/regions/tiny/value-chains/gaps";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegionNetworks networks;

    @BeforeEach
    void tinyRegion() {
        when(networks.at("tiny", null)).thenReturn(TinyRegion.snapshot("tiny", 5));
    }

    @Test
    void shouldAnswerOneChainsGapsWithTheDefaultKOfTwo() throws Exception {
        mvc.perform(get(CHAIN).requestAttr(Access.ATTRIBUTE, Access.COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.result.k").value(2))
                .andExpect(jsonPath("$.result.uncoveredSteps[0]").value("st3"))
                .andExpect(jsonPath("$.result.singleSupplierSteps", hasSize(2)))
                .andExpect(jsonPath("$.result.steps[1].members[0].memberId").value("beta"))
                .andExpect(jsonPath("$.result.links[0].hops").value(1));
    }

    @Test
    void shouldHideTheNonConsentingSupplierFromThePublic() throws Exception {
        var body = mvc.perform(get(CHAIN + "?k=1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.result.k").value(1))
                .andExpect(jsonPath("$.result.steps[1].members[0].hidden").value(true))
                .andExpect(jsonPath("$.result.steps[0].members[0].memberId").value("alpha"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("beta").doesNotContain("Beta");
    }

    @Test
    void shouldSummariseEveryChain() throws Exception {
        mvc.perform(get(SUMMARY + "?k=3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.k").value(3))
                .andExpect(jsonPath("$.result.chains[0].chainId").value("chain1"))
                .andExpect(jsonPath("$.result.chains[0].steps").value(3))
                .andExpect(jsonPath("$.result.chains[0].coveredSteps").value(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "-1", "two", "2.5"})
    void shouldRefuseAKOutsideOneToSixNamingIt(String k) throws Exception {
        mvc.perform(get(CHAIN + "?k=" + k))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("k"));
        mvc.perform(get(SUMMARY + "?k=" + k))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("k"));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownChain() throws Exception {
        mvc.perform(get("/api/regions/tiny/value-chains/nochain/gaps"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("nochain")));
    }

    @Test
    void shouldGiveEachKItsOwnETag() throws Exception {
        String two = mvc.perform(get(CHAIN)).andReturn().getResponse().getHeader("ETag");

        mvc.perform(get(CHAIN + "?k=2").header("If-None-Match", two)).andExpect(status().isNotModified());
        mvc.perform(get(CHAIN + "?k=3").header("If-None-Match", two)).andExpect(status().isOk());
    }

    @Test
    void shouldSummariseAnEmptyRegionAsNoChains() throws Exception {
        when(networks.at("empty", null)).thenReturn(TinyRegion.empty("empty"));

        mvc.perform(get("/api/regions/empty/value-chains/gaps"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.chains", hasSize(0)));
        mvc.perform(get("/api/regions/empty/value-chains/c1/gaps")).andExpect(status().isNotFound());
    }
}
