package org.coopgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.model.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class CommandRunnerTest {

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private final List<List<String>> calls = new ArrayList<>();

    private Command command(String name, int status) {
        return new Command() {
            public String name() {
                return name;
            }

            public int run(List<String> args) {
                calls.add(args);
                return status;
            }
        };
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldRunTheNamedCommandWithTheRemainingArgumentsAndReturnItsStatus() {
        var runner = new CommandRunner(List.of(command("bench", 0), command("import", 3)), err);
        assertThat(runner.run(new String[] {"import", "--region", "r", "doc.json"})).isEqualTo(3);
        assertThat(calls).containsExactly(List.of("--region", "r", "doc.json"));
    }

    @Test
    void shouldBeWiredOnlyInTheCliProfileAndReportTheCommandsStatusAsExitCode() {
        var contexts = new ApplicationContextRunner()
                .withBean("exitThree", Command.class, () -> command("import", 3))
                .withUserConfiguration(CommandRunner.class);
        contexts.run(context -> assertThat(context).doesNotHaveBean(CommandRunner.class));
        contexts.withPropertyValues("spring.profiles.active=cli").run(context -> {
            CommandRunner runner = context.getBean(CommandRunner.class);
            runner.run(new DefaultApplicationArguments("import", "--region", "r"));
            assertThat(SpringApplication.exit(context)).isEqualTo(3);
        });
        assertThat(calls).containsExactly(List.of("--region", "r"));
    }

    @Test
    void shouldKeepSpringSettingsAwayFromTheCommand() {
        var runner = new CommandRunner(List.of(command("import", 0)), err);
        runner.run(new String[] {"import", "--coopgraph.neo4j.data-dir=/srv/db", "--region=r", "doc.json",
                "--server.port=0"});
        assertThat(calls).containsExactly(List.of("--region=r", "doc.json"));
    }

    @Test
    void shouldReportUsageForAnUnknownCommand() {
        var runner = new CommandRunner(List.of(command("import", 0), command("bench", 0)), err);
        assertThat(runner.run(new String[] {"imprt"})).isEqualTo(CommandRunner.USAGE);
        assertThat(err()).isEqualTo("Unknown command 'imprt'. Commands: bench, import" + System.lineSeparator());
        assertThat(calls).isEmpty();
    }

    @Test
    void shouldListEveryViolationWhenACommandRejectsItsInput() {
        var failing = new Command() {
            public String name() {
                return "import";
            }

            public int run(List<String> args) {
                throw new InvalidInputException(List.of(new Violation("/members/0/name", "must not be blank"),
                        new Violation("", "is empty")));
            }
        };
        assertThat(new CommandRunner(List.of(failing), err).run(new String[] {"import"})).isEqualTo(CommandRunner.FAILED);
        assertThat(err().lines()).containsExactly("import: 2 problem(s), nothing was written:",
                "  /members/0/name: must not be blank", "  is empty");
    }
}
