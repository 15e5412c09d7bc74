package org.coopgraph.api.cli;

import java.util.List;
import java.util.Set;

/**
 * A command-line task run instead of the web server: {@code java -jar coopgraph-api.jar <name> [args]}.
 * Each command is a Spring bean; {@link CommandRunner} picks the one named by the first argument.
 */
public interface Command {

    /** Names the launcher recognises before Spring starts; keep in step with the beans. */
    Set<String> NAMES = Set.of("import", "bench-analytics", "evaluate", "report");

    static boolean isCommand(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]);
    }

    /** The first command-line argument that selects this command. */
    String name();

    /** Runs with the arguments after the name; returns the process exit status (0 = success). */
    int run(List<String> args) throws Exception;
}
