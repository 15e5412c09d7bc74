package org.coopgraph.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.coopgraph.api.CoopgraphApplication;
import org.coopgraph.cypher.MigrationChecksumException;
import org.coopgraph.cypher.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

/** A database whose applied migration no longer matches its file stops start-up with a short, clear report. */
@ExtendWith(OutputCaptureExtension.class)
class MigrationChecksumStartupTest {

    @Test
    void shouldRefuseToStartWithAClearMessageAndNoStackTrace(CapturedOutput output) throws java.io.IOException {
        Path dataDir = Path.of("target/neo4j-checksum-" + UUID.randomUUID());
        try (var db = new EmbeddedNeo4j(dataDir, 0).start();
             var driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none());
             var session = driver.session()) {
            Migrations.applyAll(driver);
            // Stands for someone editing V001 after it was applied to this database.
            session.run("MATCH (m:__Migration {version: 1}) SET m.checksum = 'abc123'").consume();
        }

        assertThatThrownBy(() -> new SpringApplicationBuilder(CoopgraphApplication.class)
                .run("--server.port=0", "--coopgraph.neo4j.data-dir=" + dataDir))
                .hasRootCauseInstanceOf(MigrationChecksumException.class);

        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Migration V001__Create_constraints.cypher was changed after it was applied to this"
                        + " database: the database recorded SHA-256 abc123")
                .contains("Restore V001__Create_constraints.cypher as it was applied")
                .doesNotContain("\tat org.coopgraph");
        FileSystemUtils.deleteRecursively(dataDir);
    }
}
