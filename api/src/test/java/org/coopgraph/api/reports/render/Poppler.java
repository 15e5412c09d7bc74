package org.coopgraph.api.reports.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * pdftotext and pdftoppm from Debian's poppler-utils, as a reader of the PDF would see it. Tests call
 * {@link #assumeInstalled()} first: where the tools are missing (a developer laptop) they are reported
 * as skipped with the reason, never passed. .ci/run installs the package.
 */
public final class Poppler {

    private Poppler() {
    }

    public static boolean installed() {
        return Files.isExecutable(Path.of("/usr/bin/pdftotext")) && Files.isExecutable(Path.of("/usr/bin/pdftoppm"));
    }

    public static void assumeInstalled() {
        Assumptions.assumeTrue(installed(),
                "poppler-utils (pdftotext, pdftoppm) is not installed: skipping the PDF text and page checks;"
                        + " apt-get install poppler-utils to run them");
    }

    /** The PDF's text in reading order, pages separated by form feeds. */
    public static String text(byte[] pdf, Path dir) throws IOException, InterruptedException {
        Path in = Files.createTempFile(dir, "report", ".pdf");
        Files.write(in, pdf);
        Path out = dir.resolve(in.getFileName() + ".txt");
        run("/usr/bin/pdftotext", "-enc", "UTF-8", in.toString(), out.toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** One PNG per page at {@code dpi}, in page order. */
    public static List<Path> pages(byte[] pdf, Path dir, int dpi) throws IOException, InterruptedException {
        Path in = Files.createTempFile(dir, "report", ".pdf");
        Files.write(in, pdf);
        String prefix = dir.resolve(in.getFileName() + "-page").toString();
        run("/usr/bin/pdftoppm", "-png", "-r", Integer.toString(dpi), in.toString(), prefix);
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> pages = new ArrayList<>(files.filter(p -> p.toString().startsWith(prefix) && p.toString().endsWith(".png"))
                    .sorted().toList());
            return pages;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
