package org.coopgraph.api.members;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.coopgraph.api.errors.ConflictException;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.Helix;
import org.coopgraph.model.Member;
import org.coopgraph.model.MemberKind;
import org.coopgraph.model.SectorLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MemberController.class)
class MemberControllerTest {

    private static final Member SEALTEQ = new Member("sealteq", "SealteQ", MemberKind.COMPANY, Helix.INDUSTRY,
            "Stadskanaal", null, null, true, 2019, null, List.of(new SectorLink("43", true)), null, null, null, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MemberService members;

    @Test
    void shouldListAPageWithItsPagingFieldsAndHiddenCount() throws Exception {
        when(members.list("r1", new MemberQuery("C", Helix.INDUSTRY, 2021, "seal"), new Paging(2, 10), Access.PUBLIC))
                .thenReturn(new MemberPage(List.of(SEALTEQ), 2, 10, 21, 3, 4));

        mvc.perform(get("/api/regions/r1/members?sector=C&helix=industry&year=2021&q=Seal&page=2&size=10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value("sealteq"))
                .andExpect(jsonPath("$.items[0].sectors[0].code").value("43"))
                .andExpect(jsonPath("$.items[0].sectors[0].primary").value(true))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.size").value(10))
                .andExpect(jsonPath("$.totalItems").value(21))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.hiddenMembers").value(4));
    }

    @Test
    void shouldUseDefaultPagingAndPassCoordinatorAccess() throws Exception {
        when(members.list(any(), any(), any(), any())).thenReturn(new MemberPage(List.of(), 0, 50, 0, 0, 0));

        mvc.perform(get("/api/regions/r1/members").requestAttr(Access.ATTRIBUTE, Access.COORDINATOR))
                .andExpect(status().isOk());

        verify(members).list("r1", new MemberQuery(null, null, null, null), new Paging(0, 50), Access.COORDINATOR);
    }

    @Test
    void shouldRejectBadQueryParametersNamingThem() throws Exception {
        for (String query : List.of("size=0", "size=501", "page=-1", "helix=BANKS", "year=1850", "page=x")) {
            String parameter = query.substring(0, query.indexOf('='));
            mvc.perform(get("/api/regions/r1/members?" + query))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].location").value(parameter));
        }
        verifyNoInteractions(members);
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownOrHiddenMember() throws Exception {
        when(members.get("r1", "nobody", Access.PUBLIC)).thenThrow(new NotFoundException("member", "nobody"));

        mvc.perform(get("/api/regions/r1/members/nobody"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No member with id 'nobody'"));
    }

    @Test
    void shouldCreateWith201AndLocation() throws Exception {
        when(members.create(eq("r1"), any())).thenReturn(SEALTEQ);

        mvc.perform(post("/api/regions/r1/members").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/regions/r1/members/sealteq"))
                .andExpect(jsonPath("$.name").value("SealteQ"));
    }

    @Test
    void shouldAnswer409WhenTheIdIsTaken() throws Exception {
        when(members.create(eq("r1"), any())).thenThrow(new ConflictException("A member with id 'sealteq' already exists"));

        mvc.perform(post("/api/regions/r1/members").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void shouldReplaceWithPutAndDeleteWith204() throws Exception {
        when(members.replace(eq("r1"), eq("sealteq"), any())).thenReturn(SEALTEQ);

        mvc.perform(put("/api/regions/r1/members/sealteq").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("sealteq"));
        mvc.perform(delete("/api/regions/r1/members/sealteq")).andExpect(status().isNoContent());

        verify(members).delete("r1", "sealteq");
    }
}
