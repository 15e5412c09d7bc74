package org.coopgraph.api.errors;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import org.coopgraph.api.config.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The container's error dispatch to /error, simulated with the attributes Tomcat sets. */
@WebMvcTest(controllers = {FailingController.class, ProblemErrorController.class}, properties = "coopgraph.http.max-body-size=1KB")
@Import(WebConfiguration.class)
class ProblemErrorControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void shouldTurnABareErrorStatusIntoAProblemForTheOriginalPath() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/regions/x"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://coopgraph.org/problems/not-found"))
                .andExpect(jsonPath("$.instance").value("/api/regions/x"));
    }

    @Test
    void shouldMapAFilterFailureLikeTheAdviceDoes() throws Exception {
        var wrapped = new ServletException(new ServiceUnavailableException("Unable to connect"));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, wrapped))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("https://coopgraph.org/problems/database-unavailable"));
    }

    @Test
    void shouldHideWhatFailedBehindABare500() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail").value(ProblemAdvice.GENERIC_DETAIL));
    }

    @Test
    void shouldAnswer404WhenErrorIsRequestedDirectly() throws Exception {
        mvc.perform(get("/error"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
