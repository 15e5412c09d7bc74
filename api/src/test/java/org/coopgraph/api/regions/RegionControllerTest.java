package org.coopgraph.api.regions;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.NetworkSnapshot;
import org.coopgraph.model.Region;
import org.coopgraph.model.Taxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(RegionController.class)
class RegionControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RegionNetworks networks;

    @Test
    void shouldDescribeARegionWithItsDataVersionAndCounts() throws Exception {
        var region = new Region("r1", "Regio Een", "NL");
        var member = new Member("m1", "A", MemberKind.COMPANY, Helix.INDUSTRY, null, null, null, null, null, null,
                null, null, null, null, null);
        when(networks.regions()).thenReturn(List.of(region));
        when(networks.current("r1")).thenReturn(new NetworkSnapshot(region, 12, null, Taxonomy.EMPTY,
                List.of(member), List.of(), List.of(), List.of(), List.of()));

        mvc.perform(get("/api/regions"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value("r1"))
                .andExpect(jsonPath("$.items[0].country").value("NL"))
                .andExpect(jsonPath("$.items[0].dataVersion").value(12))
                .andExpect(jsonPath("$.items[0].counts.members").value(1))
                .andExpect(jsonPath("$.items[0].counts.valueChains").value(0));
        mvc.perform(get("/api/regions/r1")).andExpect(jsonPath("$.name").value("Regio Een"));
    }

    @Test
    void shouldAnswer404ForAnUnknownRegion() throws Exception {
        when(networks.current("nowhere")).thenThrow(new NotFoundException("region", "nowhere"));

        mvc.perform(get("/api/regions/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No region with id 'nowhere'"));
    }
}
