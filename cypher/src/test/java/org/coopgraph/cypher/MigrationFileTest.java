package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MigrationFileTest {

    @Test
    void splitsStatementsOnSemicolonsOutsideQuotesAndComments() {
        var file = MigrationFile.of("V003__Mixed_things.cypher", """
                // a comment; not a statement
                CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
                /* block; comment */ MATCH (n:A {x: 'semi;colon'}) SET n.`odd;name` = "q;"
                ;  ;
                RETURN 1""");

        assertThat(file.version()).isEqualTo(3);
        assertThat(file.description()).isEqualTo("Mixed things");
        assertThat(file.statements()).containsExactly(
                "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
                "MATCH (n:A {x: 'semi;colon'}) SET n.`odd;name` = \"q;\"",
                "RETURN 1");
    }

    @Test
    void checksumIsTheSha256OfTheFileWhateverItsLineEndings() {
        // sha256("RETURN 1;\n"), worked out with `printf 'RETURN 1;\n' | sha256sum`
        String expected = "c2324e2234c8dfd4951efe05dfc8ce67b0b44049b4bf35e436be0ead4bdee294";
        var lf = MigrationFile.of("V001__A.cypher", "RETURN 1;\n");
        var crlf = MigrationFile.of("V001__A.cypher", "RETURN 1;\r\n");
        assertThat(lf.checksum()).isEqualTo(expected);
        assertThat(crlf.checksum()).isEqualTo(expected);
        assertThat(MigrationFile.of("V001__A.cypher", "RETURN 2;\n").checksum()).isNotEqualTo(expected);
    }

    @Test
    void rejectsFileNamesWithoutVersionAndDescription() {
        assertThatThrownBy(() -> MigrationFile.of("create_constraints.cypher", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("V<version>__<Description>.cypher");
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertThatThrownBy(() -> MigrationFile.of("V001__A.cypher", "RETURN 'oops;").statements())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unclosed ' quote");
    }
}
