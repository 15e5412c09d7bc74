package org.coopgraph.api.crosssector.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class AnalyticsBenchCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldMeasureASmallRegionAndWriteWhatThePeersNeed(@TempDir Path dir) throws Exception {
        var out = new ByteArrayOutputStream();

        int status = new AnalyticsBenchCommand(JSON).run(List.of(dir.toString(), "--sizes", "300", "--pivots", "20"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isZero();
        var report = JSON.readTree(dir.resolve("coopgraph.json").toFile());
        int members = report.at("/300/members_in_graph").asInt();
        assertThat(members).isPositive().isLessThanOrEqualTo(300);
        assertThat(report.at("/300/full_cross_sector_betweenness_exact").asBoolean()).isTrue();
        List<String> edges = Files.readAllLines(dir.resolve("edges-300.tsv"));
        assertThat(edges.get(0)).isEqualTo("# nodes " + members);
        assertThat(edges).hasSize(1 + report.at("/300/edges").asInt());
        assertThat(Files.readAllLines(dir.resolve("betweenness-exact-300.txt"))).hasSize(members);
        assertThat(Files.readAllLines(dir.resolve("leiden-300.txt"))).hasSize(members);
    }

    @Test
    void shouldRefuseAUrlWithoutKeyAndAMissingDirectory() throws Exception {
        var err = new ByteArrayOutputStream();
        var command = new AnalyticsBenchCommand(JSON);
        var stream = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(command.run(List.of(), System.out, stream)).isEqualTo(2);
        assertThat(command.run(List.of("out", "--url", "http://127.0.0.1:1"), System.out, stream)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: bench-analytics");
        // The launcher must know the name, or "bench-analytics" would start the web server instead.
        assertThat(org.coopgraph.api.cli.Command.NAMES).contains(command.name());
    }

    @Test
    void shouldMeasureSamplingErrorAgainstExactScores() {
        double[] exact = {4, 0, 2, 2};
        double[] estimate = {3, 1, 2, 2};

        // |3-4| + |1-0| = 2 over a total of 8; top-2 of the estimate {0, 2} against exact {0, 2}.
        assertThat(GraphBench.relativeL1(estimate, exact)).isEqualTo(0.25);
        assertThat(GraphBench.topOverlap(estimate, exact, 2)).isEqualTo(1.0);
        assertThat(GraphBench.topOverlap(new double[] {0, 5, 0, 0}, exact, 1)).isEqualTo(0.0);
        assertThat(GraphBench.relativeL1(new double[4], new double[4])).isZero();
    }
}
