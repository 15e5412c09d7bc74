package org.coopgraph.api.projects;

import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.errors.NotFoundException;
import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.ParticipationRole;
import org.coopgraph.model.Project;
import org.coopgraph.model.ProjectStatus;
import org.coopgraph.model.Requirement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ProjectController.class)
class ProjectControllerTest {

    private static final ProjectView PROJECT = new ProjectView("p1", "Pilot", 2022, null, ProjectStatus.ACTIVE,
            List.of(new ProjectView.Participant("m1", null, ParticipationRole.LEAD, null, null),
                    new ProjectView.Participant(null, true, ParticipationRole.EXPERT, 2023, 2024)),
            List.of(new Requirement("s1", 3, 5)), List.of("care"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProjectService projects;

    @Test
    void shouldShowAHiddenParticipantWithoutIdButWithItsRole() throws Exception {
        when(projects.list("r1", new ProjectQuery(2023, ProjectStatus.ACTIVE, "care"), new Paging(0, 50), Access.PUBLIC))
                .thenReturn(new Page<>(List.of(PROJECT), 0, 50, 1, 1));

        mvc.perform(get("/api/regions/r1/projects?year=2023&status=active&theme=care"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].participants[0].memberId").value("m1"))
                .andExpect(jsonPath("$.items[0].participants[0].hidden").doesNotExist())
                .andExpect(jsonPath("$.items[0].participants[1].memberId").doesNotExist())
                .andExpect(jsonPath("$.items[0].participants[1].hidden").value(true))
                .andExpect(jsonPath("$.items[0].participants[1].role").value("EXPERT"))
                .andExpect(jsonPath("$.items[0].requires[0].importance").value(5));
    }

    @Test
    void shouldRejectAnUnknownStatusAndAnUnknownTheme() throws Exception {
        mvc.perform(get("/api/regions/r1/projects?status=DONE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("status"));
        when(projects.list(eq("r1"), any(), any(), any())).thenThrow(InvalidInputException.of("theme", "is not a known theme id"));
        mvc.perform(get("/api/regions/r1/projects?theme=nope"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("theme"));
    }

    @Test
    void shouldAnswer404ForAnUnknownProjectOrRegion() throws Exception {
        when(projects.get("nowhere", "p1", Access.PUBLIC)).thenThrow(new NotFoundException("region", "nowhere"));

        mvc.perform(get("/api/regions/nowhere/projects/p1"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void shouldCreateWith201AndAnEncodedLocation() throws Exception {
        when(projects.create(eq("r1"), any())).thenReturn(new Project("p 1", "P", 2020, null, null, null, null, null));

        mvc.perform(post("/api/regions/r1/projects").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/regions/r1/projects/p%201"))
                .andExpect(content().string(not(org.hamcrest.Matchers.containsString("hidden"))));
    }
}
