package org.coopgraph.api.reports;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coopgraph.analytics.report.ReportJson;
import org.coopgraph.analytics.report.ReportView;
import org.coopgraph.api.cli.Command;
import org.springframework.stereotype.Component;

/**
 * {@code report --region X --year Y [--format json|html|pdf] [--lang nl|en] --out FILE [--public]}: the
 * annual report without the web server, read straight from the database. Coordinators run it, so it
 * names every member unless {@code --public} asks for the public variant. Draws a progress bar
 * (sections done of total) on stderr; writes the file only when the whole report is ready.
 */
@Component
final class ReportCommand implements Command {

    static final String USAGE = "usage: report --region <regionId> --year <year> [--format json|html|pdf] [--lang nl|en]"
            + " --out <file> [--public]";
    private static final Set<String> FLAGS = Set.of("public");

    private final ReportService reports;
    private final List<ReportRenderer> renderers;

    ReportCommand(ReportService reports, List<ReportRenderer> renderers) {
        this.reports = reports;
        this.renderers = renderers;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public int run(List<String> args) throws Exception {
        return run(args, System.out, System.err);
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("region") || !options.containsKey("year") || !options.containsKey("out")) {
            err.println(USAGE);
            return 2;
        }
        String format = options.getOrDefault("format", "json");
        Optional<ReportRenderer> renderer = renderers.stream().filter(r -> r.format().equals(format)).findFirst();
        if (!format.equals("json") && renderer.isEmpty()) {
            err.println("report: format '" + format + "' is not available in this build (available: json"
                    + renderers.stream().map(r -> ", " + r.format()).reduce("", String::concat) + ")");
            return 2;
        }
        ReportView view = options.containsKey("public") ? ReportView.PUBLIC : ReportView.FULL;
        var bar = new ProgressBar(err);
        var report = reports.report(options.get("region"), options.get("year"),
                ReportService.language(options.get("lang")), view, bar);
        bar.finish();
        byte[] bytes = renderer.isPresent() ? renderer.get().render(report.model())
                : ReportJson.write(report.model()).getBytes(StandardCharsets.UTF_8);
        Path file = Path.of(options.get("out"));
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, bytes);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        out.println("report " + report.model().meta().regionId() + " " + report.model().meta().year() + " (" + view
                + ", " + format + ", " + bytes.length + " bytes, content hash " + report.model().meta().contentHash()
                + ") written to " + file);
        return 0;
    }

    /** {@code --name value} pairs and bare flags; null for anything else. */
    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                return null;
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                options.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.size()) {
                options.put(name, args.get(++i));
            } else {
                return null;
            }
        }
        return options;
    }
}
