package org.coopgraph.api.questions;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.coopgraph.api.regions.Page;
import org.coopgraph.api.regions.Paging;
import org.coopgraph.api.security.Access;
import org.coopgraph.model.QuestionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(QuestionController.class)
class QuestionControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QuestionService questions;

    @Test
    void shouldFilterByStatusAndThemeAndShowAHiddenAskerWithoutId() throws Exception {
        var hidden = new QuestionView("q1", null, true, "Wie helpt?", LocalDate.of(2023, 3, 1), QuestionStatus.OPEN,
                List.of(), List.of("care"));
        when(questions.list("r1", new QuestionQuery(QuestionStatus.OPEN, "care"), new Paging(1, 5), Access.PUBLIC))
                .thenReturn(new Page<>(List.of(hidden), 1, 5, 6, 2));

        mvc.perform(get("/api/regions/r1/questions?status=open&theme=care&page=1&size=5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].memberId").doesNotExist())
                .andExpect(jsonPath("$.items[0].hidden").value(true))
                .andExpect(jsonPath("$.items[0].askedOn").value("2023-03-01"))
                .andExpect(jsonPath("$.totalPages").value(2));
    }

    @Test
    void shouldRejectAnUnknownStatus() throws Exception {
        mvc.perform(get("/api/regions/r1/questions?status=SOLVED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].location").value("status"));
    }
}
