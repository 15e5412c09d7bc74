package org.coopgraph.api.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coopgraph.api.audit.AuditedWrite;
import org.coopgraph.api.audit.Auditor;
import org.coopgraph.api.cli.Command;
import org.coopgraph.api.errors.InvalidInputException;
import org.coopgraph.api.regions.ImportResult;
import org.coopgraph.model.Violation;
import org.springframework.stereotype.Component;

/**
 * {@code import --region X file.json} or {@code import --region X members.csv participations.csv}: the
 * HTTP import from the command line, through the same readers and service. Prints the summary and exits
 * 0, or prints every problem and exits 1 (2 for a wrong command line). A successful import is audited
 * with actor {@code cli}, method {@code CLI} and the command line (file names, not contents) as path.
 */
@Component
final class ImportCommand implements Command {

    static final String USAGE = "usage: import --region <regionId> <document.json> | <members.csv> [<participations.csv>]";

    private final ImportService imports;
    private final Auditor auditor;

    ImportCommand(ImportService imports, Auditor auditor) {
        this.imports = imports;
        this.auditor = auditor;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public int run(List<String> args) throws IOException {
        return run(args, System.out, System.err);
    }

    int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        String region = null;
        var files = new ArrayList<Path>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--region") && i + 1 < args.size()) {
                region = args.get(++i);
            } else if (args.get(i).startsWith("--region=")) {
                region = args.get(i).substring("--region=".length());
            } else {
                files.add(Path.of(args.get(i)));
            }
        }
        if (region == null || files.isEmpty() || files.size() > 2) {
            err.println(USAGE);
            return 2;
        }
        try {
            ImportResult result = importFiles(region, files);
            String commandLine = "import --region " + region + " " + String.join(" ", files.stream()
                    .map(f -> String.valueOf(f.getFileName())).toList());
            auditor.record(new AuditedWrite("CLI", commandLine, region, "import", null), Auditor.CLI, 200, null);
            out.println(summary(result));
            return 0;
        } catch (InvalidInputException e) {
            err.println("Nothing was imported: " + e.violations().size() + " problem(s)");
            for (Violation v : e.violations()) {
                err.println("  " + (v.location().isEmpty() ? "" : v.location() + ": ") + v.message());
            }
            return 1;
        }
    }

    private ImportResult importFiles(String region, List<Path> files) throws IOException {
        if (files.size() == 1 && files.get(0).toString().endsWith(".json")) {
            return imports.importJson(region, Files.readAllBytes(files.get(0)));
        }
        byte[] members = null;
        byte[] participations = null;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            // The header tells the two files apart, whatever they are called.
            String firstLine = new String(bytes, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (firstLine.contains("project_id")) {
                participations = bytes;
            } else if (firstLine.contains("helix")) {
                members = bytes;
            } else {
                throw InvalidInputException.of(file.toString(), "is neither a JSON document (.json) nor a members.csv "
                        + "(header with helix) or participations.csv (header with project_id)");
            }
        }
        return imports.importCsv(region, members, participations);
    }

    static String summary(ImportResult result) {
        var sb = new StringBuilder("Imported into region " + result.regionId() + ": data version "
                + result.dataVersion() + (result.changed() ? "" : " (nothing changed)"));
        result.summary().counts().forEach((kind, c) -> sb.append(System.lineSeparator()).append(String.format(
                "  %-12s %6d created %6d updated %6d unchanged", kind, c.created(), c.updated(), c.unchanged())));
        return sb.toString();
    }
}
