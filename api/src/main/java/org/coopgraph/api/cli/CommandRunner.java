package org.coopgraph.api.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.coopgraph.api.errors.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link Command} named by the first argument with the arguments after it, in the "cli"
 * profile that {@code CoopgraphApplication} activates for command lines. The status it returns
 * becomes the process exit code; failures are reported in one or a few lines, not a stack trace.
 * Arguments of the form {@code --dotted.name=value} are settings for Spring (e.g.
 * {@code --coopgraph.neo4j.data-dir=/srv/db}) and are not passed to the command.
 */
@Component
@Profile("cli")
public final class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    static final int FAILED = 1;
    static final int USAGE = 2;
    private static final Pattern SETTING = Pattern.compile("--[\\w-]+(\\.[\\w-]+)+=.*");

    private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

    private final Map<String, Command> commands = new TreeMap<>();
    private final PrintStream err;
    private int exitCode;

    @Autowired
    public CommandRunner(List<Command> commands) {
        this(commands, System.err);
    }

    CommandRunner(List<Command> commands, PrintStream err) {
        commands.forEach(c -> this.commands.put(c.name(), c));
        this.err = err;
    }

    @Override
    public void run(ApplicationArguments args) {
        exitCode = run(args.getSourceArgs());
    }

    int run(String[] args) {
        Command command = args.length == 0 ? null : commands.get(args[0]);
        if (command == null) {
            err.println((args.length == 0 ? "No command given." : "Unknown command '" + args[0] + "'.")
                    + " Commands: " + String.join(", ", commands.keySet()));
            return USAGE;
        }
        try {
            return command.run(Arrays.stream(args).skip(1).filter(a -> !SETTING.matcher(a).matches()).toList());
        } catch (InvalidInputException e) {
            err.println(args[0] + ": " + e.violations().size() + " problem(s), nothing was written:");
            e.violations().forEach(v -> err.println("  " + (v.location().isEmpty() ? "" : v.location() + ": ") + v.message()));
            return FAILED;
        } catch (Exception e) {
            err.println(args[0] + " failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            log.debug("{} failed", args[0], e); // the trace only when asked for (--logging.level...=debug)
            return FAILED;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
