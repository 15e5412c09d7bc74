package org.coopgraph.api.taxonomy;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.model.Sector;
import org.coopgraph.model.Skill;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(TaxonomyController.class)
class TaxonomyControllerTest {

    private static final String ESCO = "http://data.europa.eu/esco/skill/870ac739-6eb1-42ed-8c3e-82af7c9e71d0";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TaxonomyService taxonomy;

    @Test
    void shouldListSectorsFilteredByName() throws Exception {
        when(taxonomy.sectors("zetmeel", new Paging(0, 50))).thenReturn(new Page<>(List.of(
                new Sector("10.62", null, "Vervaardiging van zetmeel", 4, "10.6")), 0, 50, 1, 1));

        mvc.perform(get("/api/sectors?q=zetmeel"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("10.62"))
                .andExpect(jsonPath("$.items[0].scheme").value("SBI2008"))
                .andExpect(jsonPath("$.items[0].parentCode").value("10.6"));
    }

    @Test
    void shouldFindASkillWhoseIdIsAUriThroughTheQueryForm() throws Exception {
        when(taxonomy.skill(ESCO)).thenReturn(new Skill(ESCO, "polymer chemistry", null, null));

        mvc.perform(get("/api/skills/by-id").param("id", ESCO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("polymer chemistry"));
    }

    @Test
    void shouldAnswer404ForAnUnknownTheme() throws Exception {
        when(taxonomy.theme("nope")).thenThrow(new NotFoundException("theme", "nope"));

        mvc.perform(get("/api/themes/nope")).andExpect(status().isNotFound());
    }

    @Test
    void shouldRejectAnOversizedPage() throws Exception {
        mvc.perform(get("/api/skills?size=1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("size"));
    }
}
