package org.zhkg.neo4jserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * A Neo4j Community DBMS with its Bolt connector on loopback, for tests and local use.
 *
 * <p>Why embedded rather than a server download: the only artefacts reachable from a build
 * machine are Maven packages, and the embedded kernel with the Bolt connector is the same
 * database engine and wire protocol that a Neo4j server, Desktop, Docker image or Aura speaks.
 *
 * <p>Usage: {@code java -jar zhkg-neo4j-server.jar --home DIR --port N}. The password of the
 * user {@code neo4j} is read from the environment variable {@code NEO4J_PASSWORD} (never from
 * the command line, where other users could read it). When Bolt accepts connections a line
 * {@code BOLT READY bolt://127.0.0.1:N} is printed and the file {@code DIR/ready} is written;
 * SIGTERM or SIGINT shuts the DBMS down cleanly and removes that file.
 */
public final class LocalNeo4jServer {

    static final String DEFAULT_PASSWORD = "zhkg-test-password";
    static final String READY_FILE = "ready";

    private LocalNeo4jServer() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(
                    "usage: java -jar zhkg-neo4j-server.jar --home DIR --port N [--host 127.0.0.1]"
                            + " [--pagecache 256m]   (password from NEO4J_PASSWORD)");
            System.exit(2);
            return;
        }
        String password = System.getenv().getOrDefault("NEO4J_PASSWORD", DEFAULT_PASSWORD);
        if (password.isEmpty()) {
            System.err.println("error: NEO4J_PASSWORD is empty; set a non-empty password");
            System.exit(2);
            return;
        }
        Instant started = Instant.now();
        Path readyFile = options.home.resolve(READY_FILE);
        deleteQuietly(readyFile);

        // The hook is in place before the DBMS starts, so a SIGTERM during start-up also stops it.
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    System.out.println("zhkg-neo4j: shutting down");
                                    deleteQuietly(readyFile);
                                    DatabaseManagementService dbms;
                                    synchronized (running) { // waits for a start in progress
                                        dbms = running.getAndSet(null);
                                    }
                                    if (dbms != null) {
                                        dbms.shutdown();
                                    }
                                    System.out.println("zhkg-neo4j: stopped");
                                    System.out.flush();
                                    stopped.countDown();
                                },
                                "zhkg-neo4j-shutdown"));
        DatabaseManagementService dbms;
        try {
            synchronized (running) {
                dbms = build(options);
                running.set(dbms);
            }
        } catch (RuntimeException e) {
            System.err.println("error: Neo4j could not start: " + describe(e));
            System.exit(1);
            return;
        }
        try {
            setPassword(dbms, password);
            GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            neo4j.executeTransactionally("RETURN 1");
        } catch (RuntimeException e) {
            System.err.println("error: Neo4j started but could not be prepared: " + describe(e));
            System.exit(1);
            return;
        }
        String uri = "bolt://" + options.host + ":" + options.port;
        writeAtomically(readyFile, uri + "\n");
        long millis = Duration.between(started, Instant.now()).toMillis();
        System.out.println("BOLT READY " + uri + " (started in " + millis + " ms)");
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Procedures of plugins the server may load (none ship with it; a jar dropped into plugins/
     * stays unloaded unless named here). Neo4j Community cannot deny its built-in procedures
     * (dbms.listConfig and the like) to a user; zhkg's plan check refuses them instead.
     */
    static final List<String> PROCEDURE_ALLOWLIST =
            List.of(
                    "db.labels",
                    "db.relationshipTypes",
                    "db.propertyKeys",
                    "db.schema.*",
                    "db.constraints",
                    "db.indexes",
                    "db.info",
                    "db.ping",
                    "dbms.components",
                    "dbms.routing.getRoutingTable",
                    "dbms.cluster.routing.getRoutingTable");

    /**
     * The DBMS with auth on, Bolt on loopback only, small memory and no outbound network. LOAD CSV
     * may not read file URLs (and would be confined to an empty import directory if it could) nor
     * fetch from any address.
     */
    private static DatabaseManagementService build(Options options) {
        Path importDir = options.home.resolve("import");
        try {
            Files.createDirectories(importDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + importDir, e);
        }
        return new DatabaseManagementServiceBuilder(options.home)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(GraphDatabaseSettings.procedure_allowlist, PROCEDURE_ALLOWLIST)
                .setConfig(
                        GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.host, options.port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(options.host, options.port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(BoltConnector.server_bolt_telemetry_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseInternalSettings.udc_network_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, options.pageCacheBytes)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                // No backups or replicas read old transaction logs here: keep a bounded
                // tail, not the default two days (gigabytes an hour under bulk loads).
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "512M size")
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // A test server has no clients left when it stops: skip Netty's idle wait.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
                .build();
    }

    /**
     * Give user {@code neo4j} the wanted password with no forced change, so drivers can log in and
     * a wrong password is a real authentication failure. Re-running on a kept store is harmless.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (QueryExecutionException e) {
            String message = String.valueOf(e.getMessage());
            if (!message.contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /** The message of an exception and of its causes, so the log names the root problem. */
    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" <- ").append(cause.getMessage());
        }
        return text.toString();
    }

    private static void writeAtomically(Path file, String text) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stale marker is overwritten at the next start; nothing else depends on it.
        }
    }

    /** Command-line options; kept tiny on purpose (no argument-parsing dependency). */
    static final class Options {
        Path home;
        String host = "127.0.0.1";
        int port = -1;
        long pageCacheBytes = 256L * 1024 * 1024;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + name);
                }
                String value = args[++i];
                switch (name) {
                    case "--home" -> o.home = Path.of(value).toAbsolutePath();
                    case "--host" -> o.host = value;
                    case "--port" -> o.port = parsePort(value);
                    case "--pagecache" -> o.pageCacheBytes = parseBytes(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (o.home == null) {
                throw new IllegalArgumentException("--home DIR is required");
            }
            if (o.port < 0) {
                throw new IllegalArgumentException("--port N is required");
            }
            return o;
        }

        private static int parsePort(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("--port must be 1..65535, got " + value);
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port must be a number, got " + value);
            }
        }

        private static long parseBytes(String value) {
            String v = value.trim().toLowerCase();
            long unit = 1;
            if (v.endsWith("k")) {
                unit = 1024L;
            } else if (v.endsWith("m")) {
                unit = 1024L * 1024;
            } else if (v.endsWith("g")) {
                unit = 1024L * 1024 * 1024;
            }
            String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
            try {
                return Long.parseLong(digits) * unit;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--pagecache must look like 256m, got " + value);
            }
        }
    }
}
