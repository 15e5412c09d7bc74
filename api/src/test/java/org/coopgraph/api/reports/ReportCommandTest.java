package org.coopgraph.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coopgraph.api.cli.Command;
import org.junit.jupiter.api.Test;

class ReportCommandTest {

    @Test
    void aWrongCommandLineShowsTheUsageAndTheLauncherKnowsTheCommand() throws Exception {
        var command = new ReportCommand(null, List.of());
        var err = new ByteArrayOutputStream();
        var stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(command.run(List.of("--region", "x", "--year", "2025"), stream, stream)).isEqualTo(2);
        assertThat(command.run(List.of("--region", "x", "stray", "--out", "f"), stream, stream)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(ReportCommand.USAGE);
        assertThat(Command.NAMES).contains(command.name());
    }

    @Test
    void theProgressBarRedrawsOneLine() {
        var err = new ByteArrayOutputStream();
        var bar = new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8));
        bar.sectionDone("history", 1, 4);
        bar.sectionDone("members", 4, 4);
        bar.finish();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\r[######..................] 1/4 history         \r[########################] 4/4 members         "
                        + System.lineSeparator());
    }
}
