package org.coopgraph.api.crosssector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.regions.RenderedBodies;
import org.coopgraph.api.security.Access;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CrossSectorController.class)
@Import({AnalysisResponses.class, DerivedCache.class, RenderedBodies.class})
class CrossSectorControllerTest {

    private static final String PATH = "/api/regions/tiny/analysis/cross-sector";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegionNetworks networks;

    @BeforeEach
    void tinyRegion() {
        when(networks.at("tiny", null)).thenReturn(TinyRegion.snapshot("tiny", 7));
    }

    @Test
    void shouldAnswerTheAnalysisInAnEnvelopeWithETagAndRevalidation() throws Exception {
        mvc.perform(get(PATH).requestAttr(Access.ATTRIBUTE, Access.COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(header().string("ETag", org.hamcrest.Matchers.endsWith("-7\"")))
                .andExpect(jsonPath("$.regionId").value("tiny"))
                .andExpect(jsonPath("$.year").doesNotExist())
                .andExpect(jsonPath("$.dataVersion").value(7))
                .andExpect(jsonPath("$.result.level").value("DIVISION"))
                .andExpect(jsonPath("$.result.memberCount").value(3))
                .andExpect(jsonPath("$.result.connectivity.articulationPoints[0].memberId").value("beta"))
                .andExpect(jsonPath("$.result.crossSectorTies", hasSize(1)))
                .andExpect(jsonPath("$.memberNames.beta").value(TinyRegion.HIDDEN_NAME));
    }

    @Test
    void shouldGroupBySectionWhenAsked() throws Exception {
        mvc.perform(get(PATH + "?level=section"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.level").value("SECTION"))
                .andExpect(jsonPath("$.result.sectorMixing.groups[0]").value("A"))
                .andExpect(jsonPath("$.result.sectorMixing.groups[1]").value("C"));
    }

    @Test
    void shouldAnswer304ForTheCurrentETagAnd200ForAnOldOne() throws Exception {
        String etag = mvc.perform(get(PATH)).andReturn().getResponse().getHeader("ETag");

        mvc.perform(get(PATH).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(content().bytes(new byte[0]));
        mvc.perform(get(PATH).header("If-None-Match", "\"other\", W/" + etag)).andExpect(status().isNotModified());
        mvc.perform(get(PATH).header("If-None-Match", "\"stale-6\"")).andExpect(status().isOk());
    }

    @Test
    void shouldGiveThePublicAndCoordinatorsDifferentETags() throws Exception {
        String publicTag = mvc.perform(get(PATH)).andReturn().getResponse().getHeader("ETag");

        mvc.perform(get(PATH).header("If-None-Match", publicTag).requestAttr(Access.ATTRIBUTE, Access.COORDINATOR))
                .andExpect(status().isOk());
    }

    @Test
    void shouldHideTheNonConsentingMemberFromPublicCallers() throws Exception {
        var body = mvc.perform(get(PATH)).andExpect(status().isOk())
                .andExpect(jsonPath("$.result.connectivity.articulationPoints[0].memberId").doesNotExist())
                .andExpect(jsonPath("$.result.connectivity.articulationPoints[0].hidden").value(true))
                .andExpect(jsonPath("$.memberNames.alpha").value("Alpha Teelt"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("beta").doesNotContain("Beta");
    }

    @Test
    void shouldRefuseAnUnknownLevelNamingTheParameter() throws Exception {
        mvc.perform(get(PATH + "?level=group"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("level"));
    }

    @Test
    void shouldRefuseAYearThatIsNoNumber() throws Exception {
        mvc.perform(get(PATH + "?year=last"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("year"));
    }

    @Test
    void shouldPassAYearOutsideTheDataOnAs400() throws Exception {
        when(networks.at("tiny", 1990)).thenThrow(InvalidInputException.of("year", "must be from 2019 to 2020 (was 1990)"));

        mvc.perform(get(PATH + "?year=1990"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("year"));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownRegion() throws Exception {
        when(networks.at("nowhere", null)).thenThrow(new NotFoundException("region", "nowhere"));

        mvc.perform(get("/api/regions/nowhere/analysis/cross-sector"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void shouldAnswerAnEmptyRegionWithAnEmptyWellFormedResult() throws Exception {
        when(networks.at("empty", null)).thenReturn(TinyRegion.empty("empty"));

        mvc.perform(get("/api/regions/empty/analysis/cross-sector"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.memberCount").value(0))
                .andExpect(jsonPath("$.result.tieCount").value(0))
                .andExpect(jsonPath("$.result.members", hasSize(0)))
                .andExpect(jsonPath("$.result.sectorEi.region").doesNotExist())
                .andExpect(jsonPath("$.result.connectivity.components").value(0))
                .andExpect(jsonPath("$.result.communities.communities", hasSize(0)))
                .andExpect(jsonPath("$.memberNames").isEmpty());
    }
}
