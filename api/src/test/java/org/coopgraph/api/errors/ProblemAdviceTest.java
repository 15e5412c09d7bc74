package org.coopgraph.api.errors;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coopgraph.api.config.WebConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebMvcTest(controllers = {FailingController.class, ProblemErrorController.class}, properties = "coopgraph.http.max-body-size=1KB")
@Import(WebConfiguration.class)
class ProblemAdviceTest {

    private static final String TYPES = "https://coopgraph.org/problems/";

    @Autowired
    MockMvc mvc;

    private ResultActions problem(ResultActions result, int status, String type) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type").value(TYPES + type))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("at org."))));
    }

    @Test
    void shouldAnswerNotFoundWithTheMissingId() throws Exception {
        problem(mvc.perform(get("/t/not-found")), 404, "not-found")
                .andExpect(jsonPath("$.detail").value("No member with id 'm9'"))
                .andExpect(jsonPath("$.instance").value("/t/not-found"));
    }

    @Test
    void shouldListEveryViolationOfInvalidInput() throws Exception {
        problem(mvc.perform(get("/t/invalid")), 400, "invalid-input")
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].location").value("/members/0/name"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be blank"))
                .andExpect(jsonPath("$.errors[1].location").value("line 3, column 2"));
    }

    @Test
    void shouldAnswerConflictWith409() throws Exception {
        problem(mvc.perform(get("/t/conflict")), 409, "conflict")
                .andExpect(jsonPath("$.detail").value("A member with id 'm1' exists already"));
    }

    @Test
    void shouldPointAtTheLineAndColumnOfMalformedJson() throws Exception {
        problem(mvc.perform(post("/t/region").contentType(MediaType.APPLICATION_JSON).content("{\"id\": \"r\",\n  \"name\": }")),
                400, "malformed-body")
                .andExpect(jsonPath("$.errors[0].location").value("line 2, column 11"));
    }

    @Test
    void shouldPointAtAValueOfTheWrongType() throws Exception {
        problem(mvc.perform(post("/t/regions").contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"id\": \"r\", \"name\": \"R\"}, {\"id\": \"s\", \"name\": [1]}]")), 400, "malformed-body")
                .andExpect(jsonPath("$.errors[0].location").value("/1/name"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a text"));
    }

    @Test
    void shouldReportEveryRecordViolationUnderTheRecordsPointer() throws Exception {
        problem(mvc.perform(post("/t/regions").contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"id\": \"r\", \"name\": \"R\"}, {\"id\": \" \", \"name\": \"\", \"country\": \"NLD\"}]")),
                400, "invalid-input")
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].location").value(org.hamcrest.Matchers.contains("/1/id", "/1/name", "/1/country")));
    }

    @Test
    void shouldAnswer400ForAMissingBody() throws Exception {
        problem(mvc.perform(post("/t/region").contentType(MediaType.APPLICATION_JSON)), 400, "malformed-body")
                .andExpect(jsonPath("$.errors[0].location").value(""));
    }

    @Test
    void shouldNameTheParameterOfTheWrongType() throws Exception {
        problem(mvc.perform(get("/t/year").param("year", "abc")), 400, "invalid-parameter")
                .andExpect(jsonPath("$.errors[0].location").value("year"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a whole number (was 'abc')"));
    }

    @Test
    void shouldNameTheMissingParameter() throws Exception {
        problem(mvc.perform(get("/t/year")), 400, "invalid-parameter")
                .andExpect(jsonPath("$.errors[0].location").value("year"));
    }

    @Test
    void shouldAnswer404ForUnknownRoutes() throws Exception {
        problem(mvc.perform(get("/no/such/route")), 404, "not-found")
                .andExpect(jsonPath("$.detail").value("There is nothing at GET /no/such/route. The API lives under /api"
                        + " (described at /v3/api-docs)."));
    }

    @Test
    void shouldAnswer405WithTheAllowedMethods() throws Exception {
        problem(mvc.perform(put("/t/not-found")), 405, "method-not-allowed")
                .andExpect(header().string("Allow", "GET"));
    }

    @Test
    void shouldAnswer406AsProblemJsonEvenWhenTheClientWantsSomethingElse() throws Exception {
        problem(mvc.perform(get("/t/json").accept(MediaType.TEXT_PLAIN)), 406, "not-acceptable");
    }

    @Test
    void shouldAnswer415ForAnUnsupportedBodyType() throws Exception {
        problem(mvc.perform(post("/t/region").contentType(MediaType.TEXT_PLAIN).content("r")), 415, "unsupported-media-type");
    }

    @Test
    void shouldAnswer413ForABodyOverTheLimit() throws Exception {
        problem(mvc.perform(post("/t/region").contentType(MediaType.APPLICATION_JSON).content(new byte[1025])),
                413, "payload-too-large");
    }

    @Test
    void shouldAcceptABodyAtTheLimit() throws Exception {
        String region = "{\"id\": \"r\", \"name\": \"R\"}";
        String json = region + " ".repeat(1024 - region.length()); // exactly the limit of 1 KB
        mvc.perform(post("/t/region").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk());
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenNeo4jIsUnreachable() throws Exception {
        problem(mvc.perform(get("/t/neo4j-down")), 503, "database-unavailable")
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().string(not(containsString("7687"))));
    }

    @Test
    void shouldAnswer503AlsoWhenTheDriverFailureIsWrapped() throws Exception {
        problem(mvc.perform(get("/t/neo4j-wrapped")), 503, "database-unavailable")
                .andExpect(header().string("Retry-After", "5"));
    }

    @Test
    void shouldHideTheCauseOfUnexpectedFailures() throws Exception {
        problem(mvc.perform(get("/t/boom")), 500, "internal-error")
                .andExpect(jsonPath("$.detail").value(ProblemAdvice.GENERIC_DETAIL))
                .andExpect(content().string(not(containsString("secret"))));
    }
}
