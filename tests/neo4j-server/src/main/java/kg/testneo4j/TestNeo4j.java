package kg.testneo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A Neo4j 5 for the test suite: the engine of neo4j-harness, in this process, Bolt only, on
 * 127.0.0.1. Prints one line "TEST_NEO4J_READY bolt://127.0.0.1:PORT" once the default database
 * accepts queries, and stops when standard input closes or on SIGTERM (or exits on any failure).
 *
 * Arguments (all optional):
 *   --port N        Bolt port; 0 (the default) takes a free one
 *   --data DIR      keep the database in DIR and leave it there on exit (a restart on the same
 *                   DIR finds the same graph); without it, a temporary folder deleted on exit
 *   --password PW   the password of user neo4j (auth is on, so a wrong one is refused);
 *                   default "kg-test-password"
 *
 * The harness's own builder (Neo4jBuilders.newInProcessBuilder) always works in a fresh
 * subfolder that it deletes on close, so a stopped test server could not come back with its
 * data; the fault tests need exactly that, so this uses the same engine's builder directly.
 */
public final class TestNeo4j {
    private static final String READY = "TEST_NEO4J_READY ";

    private TestNeo4j() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // Neo4j's threads are not daemons: without an explicit exit a failure here would
            // leave a JVM behind that never prints the ready line.
            System.err.println("test Neo4j: " + e);
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        int port = 0;
        Path data = null;
        String password = "kg-test-password";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i + 1 >= args.length) usage("missing value after " + arg);
            switch (arg) {
                case "--port" -> port = parsePort(args[++i]);
                case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                case "--password" -> password = args[++i];
                default -> usage("unknown argument " + arg);
            }
        }
        if (password.length() < 8) usage("--password must have at least 8 characters (Neo4j 5 refuses shorter ones)");
        if (port == 0) port = freePort();

        boolean throwaway = data == null;
        Path home = throwaway ? Files.createTempDirectory("kg-test-neo4j-") : data;
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Small on purpose: the test graphs are a few MB, and the machine is shared.
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                // Tests run offline: no anonymous usage reports.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();

        Runnable stop = () -> {
            try {
                dbms.shutdown();
            } catch (RuntimeException e) {
                System.err.println("test Neo4j: shutdown failed: " + e);
            }
            if (throwaway) deleteQuietly(home);
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "test-neo4j-stop"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofMinutes(3).toMillis())) {
            System.err.println("test Neo4j: the default database did not come up within 3 minutes; see " + home.resolve("logs"));
            System.exit(1);
        }
        // Auth is on so that a wrong password is a real refusal. The embedded API is not
        // subject to auth, so it sets the known password (again, on a restart: harmless).
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // A restart on the same data folder: the password is already this one.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }

        System.out.println(READY + "bolt://127.0.0.1:" + port);
        System.out.flush();

        // The parent holds our stdin open; when it exits (or closes it on purpose), we go too.
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // Input is ignored; only its end matters.
            }
        } catch (IOException e) {
            // A broken pipe is an end as well.
        }
        System.exit(0);
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) usage("--port must be 0..65535, got " + value);
            return port;
        } catch (NumberFormatException e) {
            usage("--port must be a number, got " + value);
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void usage(String problem) {
        System.err.println("test Neo4j: " + problem + "\nusage: TestNeo4j [--port N] [--data DIR] [--password PW]");
        System.exit(2);
    }

    private static void deleteQuietly(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("test Neo4j: could not delete " + root + ": " + e);
        }
    }
}
