package org.coopgraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * Applies the numbered schema migrations listed in {@code cypher/migrations/index.txt} (a jar cannot
 * list a classpath directory) and records each as {@code (:__Migration {version, description, file,
 * checksum, appliedAt})}. Safe at every start-up: applied migrations are skipped after their checksum
 * is compared with the file, and any difference stops start-up before anything is applied.
 *
 * <p>Neo4j does not allow schema changes and data writes in one transaction, so each statement runs
 * in its own transaction and the record follows; statements must therefore be idempotent
 * ({@code IF NOT EXISTS}) so that a crash between the two is repaired by the next start.
 */
public final class Migrations {

    public static final String DEFAULT_LOCATION = "cypher/migrations";
    private static final int INDEX_WAIT_SECONDS = 600;

    private Migrations() {
    }

    /** Applies the project's pending migrations in order; returns the file names applied now. */
    public static List<String> applyAll(Driver driver) {
        return applyAll(driver, DEFAULT_LOCATION);
    }

    /**
     * Applies the pending migrations listed in {@code <location>/index.txt}; returns the file names applied now.
     *
     * @throws MigrationChecksumException if an applied migration's file has changed since
     */
    public static List<String> applyAll(Driver driver, String location) {
        Objects.requireNonNull(driver, "driver");
        var queries = new CypherQueries().require("migration-list", "migration-record", "await-indexes");
        List<MigrationFile> files = read(location);
        try (Session session = driver.session()) {
            Map<Integer, String> applied = applied(session, queries);
            for (MigrationFile file : files) {
                String checksum = applied.get(file.version());
                if (checksum != null && !checksum.equals(file.checksum())) {
                    throw new MigrationChecksumException(file.fileName(), checksum, file.checksum());
                }
            }
            var appliedNow = new ArrayList<String>();
            for (MigrationFile file : files) {
                if (!applied.containsKey(file.version())) {
                    apply(session, queries, file);
                    appliedNow.add(file.fileName());
                }
            }
            if (!appliedNow.isEmpty()) {
                session.run(queries.get("await-indexes"), Map.of("timeoutSeconds", INDEX_WAIT_SECONDS)).consume();
            }
            return List.copyOf(appliedNow);
        }
    }

    private static Map<Integer, String> applied(Session session, CypherQueries queries) {
        return session.executeRead(tx -> {
            var applied = new HashMap<Integer, String>();
            tx.run(queries.get("migration-list")).forEachRemaining(r ->
                    applied.put(r.get("version").asInt(), r.get("checksum").asString()));
            return applied;
        });
    }

    private static void apply(Session session, CypherQueries queries, MigrationFile file) {
        for (String statement : file.statements()) {
            session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
        }
        session.executeWriteWithoutResult(tx -> tx.run(queries.get("migration-record"), Map.of(
                "version", file.version(), "description", file.description(),
                "file", file.fileName(), "checksum", file.checksum())).consume());
    }

    static List<MigrationFile> read(String location) {
        var files = new ArrayList<MigrationFile>();
        for (String line : resource(location + "/index.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                MigrationFile file = MigrationFile.of(name, resource(location + "/" + name));
                if (!files.isEmpty() && file.version() <= files.get(files.size() - 1).version()) {
                    throw new IllegalStateException(location + "/index.txt must list migrations by strictly"
                            + " increasing version: " + name + " follows " + files.get(files.size() - 1).fileName());
                }
                files.add(file);
            }
        }
        return List.copyOf(files);
    }

    private static String resource(String path) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource classpath:" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + path, e);
        }
    }
}
