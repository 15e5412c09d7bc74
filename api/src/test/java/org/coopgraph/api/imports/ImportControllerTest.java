package org.coopgraph.api.imports;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.regions.ImportResult;
import org.coopgraph.model.ImportSummary;
import org.coopgraph.model.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ImportController.class)
class ImportControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImportService imports;

    private static ImportResult result() {
        var counts = new LinkedHashMap<String, ImportSummary.Counts>();
        counts.put("members", new ImportSummary.Counts(2, 1, 0));
        counts.put("projects", new ImportSummary.Counts(0, 0, 3));
        return new ImportResult("r1", 7, true, new ImportSummary(counts));
    }

    @Test
    void shouldAnswerAJsonImportWithDataVersionAndCountsPerKind() throws Exception {
        byte[] body = "{\"members\":[]}".getBytes(StandardCharsets.UTF_8);
        when(imports.importJson("r1", body)).thenReturn(result());

        mvc.perform(post("/api/regions/r1/import").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionId").value("r1"))
                .andExpect(jsonPath("$.dataVersion").value(7))
                .andExpect(jsonPath("$.changed").value(true))
                .andExpect(jsonPath("$.summary.counts.members.created").value(2))
                .andExpect(jsonPath("$.summary.counts.members.updated").value(1))
                .andExpect(jsonPath("$.summary.counts.projects.unchanged").value(3));
    }

    @Test
    void shouldPassCsvPartsByName() throws Exception {
        when(imports.importCsv(eq("r1"), any(), isNull())).thenReturn(result());
        var members = new MockMultipartFile("members", "leden.csv", "text/csv", "id,name\n".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/api/regions/r1/import").file(members)).andExpect(status().isOk());

        verify(imports).importCsv("r1", "id,name\n".getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void shouldListEveryProblemAsProblemJson() throws Exception {
        when(imports.importJson(eq("r1"), any())).thenThrow(new InvalidInputException(List.of(
                new Violation("/members/3/helix", "must be one of INDUSTRY, EDUCATION"),
                new Violation("/projects/0/requires/0/skillId", "refers to unknown skill 'x'"))));

        mvc.perform(post("/api/regions/r1/import").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].location").value("/members/3/helix"))
                .andExpect(jsonPath("$.errors[1].message").value("refers to unknown skill 'x'"));
    }

    @Test
    void shouldRefuseOtherMediaTypes() throws Exception {
        mvc.perform(post("/api/regions/r1/import").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType());
    }
}
