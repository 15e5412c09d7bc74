package org.coopgraph.api.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j reachable only over Bolt on 127.0.0.1, so the application uses the same driver
 * code as against a server. It can be stopped and started again on the port it first bound, which is
 * how the recovery of the service after a database outage is tested.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(2);
    private static final int KEEP_ALIVE_PROBES = 2;

    private final Path home;
    private int port;
    private DatabaseManagementService dbms;

    /** {@code port} 0 binds a free port on the first start; later starts reuse it. */
    public EmbeddedNeo4j(Path home, int port) {
        this.home = home.toAbsolutePath().normalize();
        this.port = port;
    }

    public synchronized EmbeddedNeo4j start() {
        if (dbms != null) {
            return this;
        }
        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Without this, shutdown waits ~10 s for Bolt worker threads that are already idle.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                // Keep-alive on every request makes the server send the driver a receive timeout hint
                // (interval x probes = 4 s). Without it, a request in flight when the database stops
                // waits forever on a socket nobody answers, holding the write lock: no recovery.
                .setConfig(BoltConnector.connection_keep_alive_type, BoltConnector.KeepAliveRequestType.ALL)
                .setConfig(BoltConnector.connection_keep_alive, KEEP_ALIVE)
                .setConfig(BoltConnector.connection_keep_alive_probes, KEEP_ALIVE_PROBES)
                .build();
        try {
            var db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            port = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
        } catch (RuntimeException e) {
            service.shutdown();
            throw e;
        }
        dbms = service;
        log.info("Embedded Neo4j started in {} ms: data in {}, Bolt on {}",
                (System.nanoTime() - started) / 1_000_000, home, boltUri());
        return this;
    }

    /** Shuts the database down (idempotent); open driver connections fail until {@link #start()}. */
    public synchronized void stop() {
        if (dbms != null) {
            long started = System.nanoTime();
            dbms.shutdown();
            dbms = null;
            log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    public synchronized boolean isRunning() {
        return dbms != null;
    }

    /** The Bolt address; valid after the first start (port 0 is resolved then). */
    public synchronized URI boltUri() {
        return URI.create("bolt://" + LOOPBACK + ":" + port);
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        stop();
    }
}
