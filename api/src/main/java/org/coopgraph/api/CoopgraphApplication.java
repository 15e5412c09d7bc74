package org.coopgraph.api;

import org.coopgraph.api.cli.Command;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The coopgraph service. Without arguments (or with only options such as {@code --demo}) it serves the
 * JSON API; with a command name first ({@code import}, {@code bench}, ...) it runs that command
 * without a web server and exits with its status.
 */
@SpringBootApplication
public class CoopgraphApplication {

    public static void main(String[] args) {
        var app = new SpringApplication(CoopgraphApplication.class);
        if (Command.isCommand(args)) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("cli");
            System.exit(SpringApplication.exit(app.run(args)));
        }
        app.run(args);
    }
}
