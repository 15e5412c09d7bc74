package org.coopgraph.api.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.coopgraph.api.cli.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private final EvaluateCommand command = new EvaluateCommand(new SuggestionSettings(null, Map.of()));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void reportsEveryPredictorOnASyntheticRegion() throws Exception {
        int status = run("--members", "400", "--seed", "7", "--year", "2022", "--k", "5");
        assertThat(status).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("synthetic region of 400 members (seed 7)").contains("new links in 2023-2024")
                .contains("coopgraph combined", "Adamic-Adar", "common neighbours", "preferential attachment", "random")
                .contains("P@5");
    }

    @Test
    void readsRealParticipationData(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("participations.csv");
        Files.writeString(csv, """
                project_id,start_year,org_id,org_name,org_type,region
                p1,2019,a,A,PRC,X
                p1,2019,h,H,HES,X
                p2,2020,b,B,PRC,X
                p2,2020,h,H,HES,X
                p3,2023,a,A,PRC,X
                p3,2023,b,B,PRC,X
                p4,2019,c,C,PUB,X
                p5,2019,a,A,PRC,Y
                p6,2019,d,D,OTH,X
                p6,2019,e,E,PRC,X
                p7,2020,d,D,OTH,X
                p7,2020,f,F,bank,X
                """);
        assertThat(run("--csv", csv.toString(), "--region", "X", "--year", "2021", "--k", "1")).isZero();
        // a and b share partner h by 2021 and meet in p3 (2023): the one new link. Shared partners rank b
        // first for a (and a for b). The degree product ranks d (degree 2) first, then b tied with e and f
        // (degree 1, b by id): rank 2, so AP 1/2; AUC: b beats c, ties e and f, loses to d: (1 + 0.5 + 0.5) / 4.
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("members 7, history links 4, new links 1, query members 2")
                .containsPattern("Adamic-Adar\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000\\s+1\\.0000")
                .containsPattern("preferential attachment\\s+0\\.0000\\s+0\\.0000\\s+0\\.5000\\s+0\\.5000");
    }

    @Test
    void aWrongCommandLineShowsTheUsage() throws Exception {
        assertThat(run("--members")).isEqualTo(2);
        assertThat(run("--members", "many")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(EvaluateCommand.USAGE);
    }

    @Test
    void isKnownToTheLauncher() {
        assertThat(Command.NAMES).contains(command.name());
    }

    private int run(String... args) throws Exception {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
