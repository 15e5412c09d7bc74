package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uses its own migration sets under cypher/test-migrations so it can change an applied file. */
class MigrationChecksumTest {

    private static final String ORIGINAL = "cypher/test-migrations/original";
    private static InProcessNeo4j db;

    @BeforeAll
    static void start() {
        db = InProcessNeo4j.start();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @BeforeEach
    void forgetAppliedMigrations() {
        db.run("MATCH (n) WHERE n:__Migration OR n:Probe DELETE n", Map.of());
    }

    @Test
    void changedAppliedMigrationStopsWithBothChecksumsAndWhatToDo() {
        Migrations.applyAll(db.driver(), ORIGINAL);
        String applied = Migrations.read(ORIGINAL).get(0).checksum();
        String edited = Migrations.read("cypher/test-migrations/edited").get(0).checksum();

        assertThatThrownBy(() -> Migrations.applyAll(db.driver(), "cypher/test-migrations/edited"))
                .isInstanceOfSatisfying(MigrationChecksumException.class, e -> {
                    assertThat(e.fileName()).isEqualTo("V001__Create_probe_index.cypher");
                    assertThat(e.appliedChecksum()).isEqualTo(applied);
                    assertThat(e.fileChecksum()).isEqualTo(edited).isNotEqualTo(applied);
                })
                .hasMessageContaining("V001__Create_probe_index.cypher was changed after it was applied")
                .hasMessageContaining(applied).hasMessageContaining(edited)
                .hasMessageContaining("put the change in a new migration file");
        assertThat(db.value("MATCH (m:__Migration) RETURN collect(m.checksum)")).isEqualTo(java.util.List.of(applied));
    }

    @Test
    void appendedMigrationIsTheOnlyOneAppliedAndMayHoldSeveralStatements() {
        assertThat(Migrations.applyAll(db.driver(), ORIGINAL)).containsExactly("V001__Create_probe_index.cypher");

        assertThat(Migrations.applyAll(db.driver(), "cypher/test-migrations/appended"))
                .containsExactly("V002__Create_probe_data.cypher");
        assertThat(db.value("MATCH (p:Probe) RETURN collect(p.a)")).isEqualTo(java.util.List.of(1L, 2L));
        assertThat(db.value("MATCH (m:__Migration) RETURN count(m)")).isEqualTo(2L);
        assertThat(Migrations.applyAll(db.driver(), "cypher/test-migrations/appended")).isEmpty();
        assertThat(db.value("MATCH (p:Probe) RETURN count(p)")).isEqualTo(2L);
    }
}
