package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherQueriesTest {

    private final CypherQueries queries = new CypherQueries();

    @Test
    void loadsANamedQueryFromTheClasspathOnce() {
        String text = queries.get("region-version");
        assertThat(text).startsWith("MATCH (r:Region {id: $regionId})").endsWith("RETURN r.dataVersion AS version");
        assertThat(queries.get("region-version")).isSameAs(text);
    }

    @Test
    void missingQueryFailsNamingTheExpectedFile() {
        assertThatThrownBy(() -> queries.require("region-version", "no-such-query"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no Cypher query named 'no-such-query' (expected classpath:cypher/queries/no-such-query.cypher)");
    }

    @Test
    void nameThatCouldLeaveTheQueryFolderIsRejected() {
        assertThatThrownBy(() -> queries.get("../migrations/V001__Create_constraints"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower-case words");
    }
}
