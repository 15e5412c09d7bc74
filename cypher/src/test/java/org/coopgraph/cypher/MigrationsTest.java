package org.coopgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;

class MigrationsTest {

    private static InProcessNeo4j db;
    private static List<String> firstRun;

    @BeforeAll
    static void start() {
        db = InProcessNeo4j.start();
        firstRun = Migrations.applyAll(db.driver());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void firstRunAppliesEveryMigrationInOrderAndRecordsItsChecksum() {
        assertThat(firstRun).containsExactly("V001__Create_constraints.cypher", "V002__Create_region_indexes.cypher",
                "V003__Suggestion_feedback.cypher", "V004__Staged_import_indexes.cypher", "V005__Api_keys.cypher",
                "V006__Audit_log.cypher");
        var files = Migrations.read(Migrations.DEFAULT_LOCATION);
        assertThat(db.value("MATCH (m:__Migration) RETURN collect([m.version, m.file, m.description, m.checksum])"))
                .isEqualTo(List.of(
                        List.of(1L, "V001__Create_constraints.cypher", "Create constraints", files.get(0).checksum()),
                        List.of(2L, "V002__Create_region_indexes.cypher", "Create region indexes", files.get(1).checksum()),
                        List.of(3L, "V003__Suggestion_feedback.cypher", "Suggestion feedback", files.get(2).checksum()),
                        List.of(4L, "V004__Staged_import_indexes.cypher", "Staged import indexes", files.get(3).checksum()),
                        List.of(5L, "V005__Api_keys.cypher", "Api keys", files.get(4).checksum()),
                        List.of(6L, "V006__Audit_log.cypher", "Audit log", files.get(5).checksum())));
        assertThat(db.value("MATCH (m:__Migration) WHERE m.appliedAt IS NOT NULL RETURN count(m)")).isEqualTo(6L);
        assertThat(files.get(0).checksum()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void secondRunAppliesNothingAndChangesNothing() {
        Object schemaBefore = db.value("SHOW CONSTRAINTS YIELD name RETURN collect(name)");
        assertThat(Migrations.applyAll(db.driver())).isEmpty();
        assertThat(db.value("MATCH (m:__Migration) RETURN count(m)")).isEqualTo(6L);
        assertThat(db.value("SHOW CONSTRAINTS YIELD name RETURN collect(name)")).isEqualTo(schemaBefore);
    }

    @Test
    void createsTheUniquenessConstraintsAndRegionIndexes() {
        assertThat(db.value("SHOW CONSTRAINTS YIELD name, type WHERE type = 'UNIQUENESS' RETURN count(name)")).isEqualTo(13L);
        assertThat(db.value("SHOW INDEXES YIELD name, state WHERE name ENDS WITH '_region' AND state = 'ONLINE'"
                + " RETURN count(name)")).isEqualTo(5L);
        assertThat(db.value("SHOW INDEXES YIELD name, state WHERE name ENDS WITH '_import' AND state = 'ONLINE'"
                + " RETURN count(name)")).isEqualTo(8L);
    }

    @Test
    void memberIdsAreUniquePerRegionNotAcrossRegions() {
        db.run("CREATE (:Member {regionId: 'ra', id: 'm1'}), (:Member {regionId: 'rb', id: 'm1'})", Map.of());
        assertThat(db.value("MATCH (m:Member {id: 'm1'}) RETURN count(m)")).isEqualTo(2L);
        assertThatThrownBy(() -> db.run("CREATE (:Member {regionId: 'ra', id: 'm1'})", Map.of()))
                .isInstanceOf(ClientException.class).hasMessageContaining("already exists");
    }

    @Test
    void chainStepIdsAreUniqueWithinTheirChainOnly() {
        db.run("CREATE (:ChainStep {regionId: 'ra', chainId: 'c1', id: 's1'}), (:ChainStep {regionId: 'ra', chainId: 'c2', id: 's1'})", Map.of());
        assertThatThrownBy(() -> db.run("CREATE (:ChainStep {regionId: 'ra', chainId: 'c1', id: 's1'})", Map.of()))
                .isInstanceOf(ClientException.class).hasMessageContaining("already exists");
    }

    @Test
    void sectorCodesAreUniqueAcrossTheInstallation() {
        db.run("CREATE (:Sector {code: 'C10'})", Map.of());
        assertThatThrownBy(() -> db.run("CREATE (:Sector {code: 'C10'})", Map.of()))
                .isInstanceOf(ClientException.class).hasMessageContaining("already exists");
    }
}
