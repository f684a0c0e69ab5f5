package fr.civitas.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one PostgreSQL server of a test JVM, started on first use in a fresh data folder and
 * stopped when the JVM ends.
 */
public final class TestDatabase {

    public static final String DATABASE = "civitas";

    private static PostgresServer shared;

    private TestDatabase() {
    }

    public static synchronized PostgresServer shared() {
        if (shared == null) {
            Path data = Path.of(System.getProperty("civitas.test.work-dir", "target"), "test-postgres").toAbsolutePath();
            deleteRecursively(data);
            PostgresServer server = new PostgresServer(data, FreePorts.next()).start();
            server.ensureDatabase(DATABASE);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-postgres-stop"));
            shared = server;
        }
        return shared;
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
