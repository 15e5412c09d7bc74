package org.coopgraph.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The whole application in a child JVM (as {@code java -cp ... CoopgraphApplication}) on a given data
 * directory, with known HTTP and Bolt ports and a known key, so a test can kill it like an operator or
 * a crash would. Its output goes to {@code <dataDir>.log} (appended across restarts).
 */
public final class ChildApp implements AutoCloseable {

    public static final String KEY = "child-process-key";
    /** What Neo4j writes to its debug log when it starts on a database that was not shut down cleanly. */
    public static final String RECOVERY = "Recovery required from position";

    private final Process process;
    private final int httpPort;
    private final int boltPort;
    private final Path log;
    private final Path dataDir;

    private ChildApp(Process process, int httpPort, int boltPort, Path log, Path dataDir) {
        this.process = process;
        this.httpPort = httpPort;
        this.boltPort = boltPort;
        this.log = log;
        this.dataDir = dataDir;
    }

    /** Starts the application on {@code dataDir} and waits until its health is UP. */
    public static ChildApp start(Path dataDir) {
        int http = freePort();
        int bolt = freePort();
        Path log = Path.of(dataDir + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(List.of(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                CoopgraphApplication.class.getName(), "--server.port=" + http,
                "--coopgraph.neo4j.data-dir=" + dataDir.toAbsolutePath(), "--coopgraph.neo4j.bolt-port=" + bolt,
                // The tests poll; rate limits would answer them (and the checks after them) with 429.
                "--coopgraph.limits.rate.enabled=false"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(Map.of("COOPGRAPH_API_KEY", KEY));
        ChildApp app;
        try {
            app = new ChildApp(builder.start(), http, bolt, log, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        app.await(Duration.ofSeconds(180), () -> app.http().get("/actuator/health").statusCode() == 200, "to become healthy");
        return app;
    }

    public HttpProbe http() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
        }
        return new HttpProbe(httpPort);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** A driver on the child's in-process database, for looking at what the API does not show. */
    public Driver bolt() {
        return GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none());
    }

    public Process process() {
        return process;
    }

    /** The application's output so far (all runs on this data directory). */
    public String log() {
        return read(log);
    }

    /** Neo4j's own debug log of the data directory (all runs). */
    public String neo4jDebugLog() {
        return read(dataDir.resolve("logs").resolve("debug.log"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls {@code condition} (exceptions count as not yet) until it holds; fails after {@code timeout}. */
    public void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet, or busy
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue() + " while waiting "
                        + what + "; see " + log);
            }
            sleep(100);
        }
        throw new IllegalStateException("timed out after " + timeout + " waiting " + what + "; see " + log);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
