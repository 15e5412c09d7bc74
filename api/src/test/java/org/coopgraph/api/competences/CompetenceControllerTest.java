package org.coopgraph.api.competences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coopgraph.api.crosssector.AnalysisResponses;
import org.coopgraph.api.crosssector.TinyRegion;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.DerivedCache;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.api.regions.RenderedBodies;
import org.coopgraph.api.security.Access;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CompetenceController.class)
@Import({AnalysisResponses.class, DerivedCache.class, RenderedBodies.class})
class CompetenceControllerTest {

    private static final String PATH = "/api/regions/tiny/analysis/competences";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegionNetworks networks;

    @Test
    void shouldAnswerTheBalanceOfTheYearAsked() throws Exception {
        when(networks.at("tiny", 2021)).thenReturn(TinyRegion.snapshot("tiny", 3).asOf(2021));

        // s9 is demanded by chain step st3 and nobody has it; s2 has one supplier, beta.
        mvc.perform(get(PATH + "?year=2021").requestAttr(Access.ATTRIBUTE, Access.COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(header().exists("ETag"))
                .andExpect(header().string("Cache-Control", "no-cache"))
                .andExpect(jsonPath("$.year").value(2021))
                .andExpect(jsonPath("$.result.missingSkills[0]").value("s9"))
                .andExpect(jsonPath("$.result.thinSkills[?(@.skillId == 's2')].memberId").value("beta"))
                .andExpect(jsonPath("$.memberNames.beta").value(TinyRegion.HIDDEN_NAME));
    }

    @Test
    void shouldShowThinSkillsOfHiddenMembersWithoutTheirIdToThePublic() throws Exception {
        when(networks.at("tiny", null)).thenReturn(TinyRegion.snapshot("tiny", 3));

        var body = mvc.perform(get(PATH)).andExpect(status().isOk())
                .andExpect(jsonPath("$.result.thinSkills[?(@.skillId == 's2')].hidden").value(true))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"skillId\":\"s2\"").doesNotContain("beta").doesNotContain("Beta");
    }

    @Test
    void shouldAnswer304WhileTheDataVersionIsTheSame() throws Exception {
        when(networks.at("tiny", null)).thenReturn(TinyRegion.snapshot("tiny", 3));
        String etag = mvc.perform(get(PATH)).andReturn().getResponse().getHeader("ETag");

        mvc.perform(get(PATH).header("If-None-Match", etag)).andExpect(status().isNotModified());
        when(networks.at("tiny", null)).thenReturn(TinyRegion.snapshot("tiny", 4));
        mvc.perform(get(PATH).header("If-None-Match", etag)).andExpect(status().isOk());
    }

    @Test
    void shouldAnswerAnEmptyRegionWithEmptyLists() throws Exception {
        when(networks.at("empty", null)).thenReturn(TinyRegion.empty("empty"));

        mvc.perform(get("/api/regions/empty/analysis/competences"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result.skills", hasSize(0)))
                .andExpect(jsonPath("$.result.missingSkills", hasSize(0)))
                .andExpect(jsonPath("$.result.thinSkills", hasSize(0)))
                .andExpect(jsonPath("$.result.leftOnlySkills", hasSize(0)))
                .andExpect(jsonPath("$.result.projects", hasSize(0)));
    }

    @Test
    void shouldRefuseAYearOutOfRangeNamingTheParameter() throws Exception {
        mvc.perform(get(PATH + "?year=1800"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("year"));
    }

    @Test
    void shouldAnswer404ForAnUnknownRegion() throws Exception {
        when(networks.at("nowhere", null)).thenThrow(new NotFoundException("region", "nowhere"));

        mvc.perform(get("/api/regions/nowhere/analysis/competences")).andExpect(status().isNotFound());
    }
}
