package org.coopgraph.api.valuechains;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.model.ChainStep;
import org.coopgraph.model.ValueChain;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ValueChainController.class)
class ValueChainControllerTest {

    private static final ValueChain CHAIN = new ValueChain("c1", "Chain",
            List.of(new ChainStep("s1", "Step", 1, List.of("10.62"), List.of())));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ValueChainService chains;

    @Test
    void shouldListChainsWithTheirSteps() throws Exception {
        when(chains.list("r1", new Paging(0, 50))).thenReturn(new Page<>(List.of(CHAIN), 0, 50, 1, 1));

        mvc.perform(get("/api/regions/r1/value-chains"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].steps[0].position").value(1))
                .andExpect(jsonPath("$.items[0].steps[0].sectors[0]").value("10.62"));
    }

    @Test
    void shouldReportABodyProblemWithItsPointer() throws Exception {
        when(chains.replace(eq("r1"), eq("c1"), any())).thenThrow(InvalidInputException.of("/id", "must match the id in the address ('c1')"));

        mvc.perform(put("/api/regions/r1/value-chains/c1").contentType(MediaType.APPLICATION_JSON).content("{\"id\":\"c2\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("/id"));
    }

    @Test
    void shouldDeleteWith204() throws Exception {
        mvc.perform(delete("/api/regions/r1/value-chains/c1")).andExpect(status().isNoContent());

        verify(chains).delete("r1", "c1");
    }
}
