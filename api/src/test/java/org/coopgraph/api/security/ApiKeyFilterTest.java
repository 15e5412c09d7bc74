package org.coopgraph.api.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.coopgraph.api.errors.ProblemErrorController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = {EchoAccessController.class, ProblemErrorController.class},
        properties = "coopgraph.security.coordinator-key=s3cret-key")
@Import(SecurityConfiguration.class)
class ApiKeyFilterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CoordinatorKey key;

    @Test
    void shouldUseTheConfiguredKey() {
        org.assertj.core.api.Assertions.assertThat(key.value()).isEqualTo("s3cret-key");
        org.assertj.core.api.Assertions.assertThat(key.generated()).isFalse();
    }

    @Test
    void shouldRefuseAWriteWithoutKeyWith401ProblemSayingHowToPassIt() throws Exception {
        mvc.perform(post("/api/echo"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"coopgraph\""))
                .andExpect(jsonPath("$.type").value("https://coopgraph.org/problems/unauthorized"))
                .andExpect(jsonPath("$.instance").value("/api/echo"))
                .andExpect(jsonPath("$.detail", containsString("X-API-Key: <key>")));
    }

    @Test
    void shouldRefuseAWrongKeySayingItIsNotTheCoordinatorKey() throws Exception {
        mvc.perform(delete("/api/echo").header("X-API-Key", "s3cret-kez"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("not the coordinator key")));
    }

    @Test
    void shouldGrantCoordinatorAccessWithTheKeyHeader() throws Exception {
        mvc.perform(post("/api/echo").header("X-API-Key", "s3cret-key"))
                .andExpect(status().isOk()).andExpect(content().string("COORDINATOR"));
    }

    @Test
    void shouldGrantCoordinatorAccessWithABearerToken() throws Exception {
        mvc.perform(post("/api/echo").header("Authorization", "Bearer s3cret-key"))
                .andExpect(status().isOk()).andExpect(content().string("COORDINATOR"));
    }

    @Test
    void shouldLetEveryoneReadWithPublicAccess() throws Exception {
        mvc.perform(get("/api/echo")).andExpect(status().isOk()).andExpect(content().string("PUBLIC"));
    }

    @Test
    void shouldGrantCoordinatorAccessToReadsWithTheKey() throws Exception {
        mvc.perform(get("/api/echo").header("X-API-Key", "s3cret-key")).andExpect(content().string("COORDINATOR"));
    }

    @Test
    void shouldNotGuardWritesOutsideTheApi() throws Exception {
        mvc.perform(post("/outside/echo")).andExpect(status().isOk()).andExpect(content().string("PUBLIC"));
    }

    @Test
    void shouldNotBeFooledByAnEncodedApiPath() throws Exception {
        mvc.perform(post(URI.create("/%61pi/echo"))).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldNotBeFooledByAPathParameter() throws Exception {
        mvc.perform(post(URI.create("/api;x=1/echo"))).andExpect(status().isUnauthorized());
    }
}
