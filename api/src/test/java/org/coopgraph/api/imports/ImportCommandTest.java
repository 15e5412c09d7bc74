package org.coopgraph.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coopgraph.api.EmbeddedContextTestBase;
import org.coopgraph.api.regions.FeatureClient;
import org.coopgraph.api.regions.RegionNetworks;
import org.coopgraph.model.port.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The {@code import} command through the real service and database. */
class ImportCommandTest extends EmbeddedContextTestBase {

    private static final String R = "it-cli";

    @Autowired
    ImportCommand command;
    @Autowired
    RegionNetworks networks;
    @Autowired
    AuditLog audit;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void importsAJsonFileAndPrintsTheSummary() throws Exception {
        Path file = Files.writeString(dir.resolve("region.json"), FeatureClient.exampleDocument(R));

        assertThat(run("--region", R, file.toString())).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Imported into region " + R + ": data version")
                .containsPattern("members\\s+3 created\\s+0 updated\\s+0 unchanged");
        assertThat(networks.current(R).members()).hasSize(3);
        var entries = audit.read(R, java.time.Instant.EPOCH, java.time.Instant.parse("9999-01-01T00:00:00Z"), 0, 10).entries();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("cli");
            assertThat(e.path()).isEqualTo("import --region " + R + " region.json");
            assertThat(e.dataVersion()).isEqualTo(networks.current(R).dataVersion());
        });
    }

    @Test
    void printsEveryProblemAndExits1ForBadCsv() throws Exception {
        Path members = Files.writeString(dir.resolve("leden.csv"), "id,name,kind,helix\nx1,X,COMPANY,NOPE\nx2,,COMPANY,INDUSTRY\n");

        assertThat(run("--region=" + R + "-bad", members.toString())).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Nothing was imported: 2 problem(s)",
                "members.csv line 2, column helix: must be one of", "members.csv line 3, column name: must not be blank");
        assertThat(networks.regions()).noneMatch(r -> r.id().equals(R + "-bad"));
        assertThat(audit.read(R + "-bad", java.time.Instant.EPOCH, java.time.Instant.parse("9999-01-01T00:00:00Z"), 0, 10)
                .total()).isZero();
    }

    @Test
    void answersAWrongCommandLineWithUsage() throws Exception {
        assertThat(run("file.json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(ImportCommand.USAGE);
    }
}
