package fr.civitas.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Keycloak server (the Quarkus distribution from Maven Central) run as a plain process on
 * the project's PostgreSQL. Its optimized build is done once per unpacked distribution and
 * reused; the Civitas login theme is copied in before each start.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final List<String> BUILD_OPTIONS = List.of("--db=postgres", "--health-enabled=true", "--cache=local");

    private final Path home;
    private final Path themeSource;
    private final Path logFile;
    private Process process;
    private int httpPort;

    public KeycloakServer(Path home, Path themeSource, Path logFile) {
        this.home = home;
        this.themeSource = themeSource;
        this.logFile = logFile;
    }

    public KeycloakServer start(int port, String jdbcUrl, String dbUser, String dbPassword, String adminUser,
                                String adminPassword, String platformPublicUrl) {
        buildOnce();
        installTheme();
        httpPort = port;
        int managementPort = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--hostname=http://localhost:" + port, "--db-url=" + jdbcUrl, "--db-username=" + dbUser,
                "--db-password=" + dbPassword));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUser);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.put("CIVITAS_PUBLIC_URL", platformPublicUrl);
        env.putIfAbsent("JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Keycloak from " + home, e);
        }
        awaitReady(URI.create("http://localhost:" + managementPort + "/health/ready"), Duration.ofMinutes(3));
        return this;
    }

    public URI url() {
        return URI.create("http://localhost:" + httpPort);
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Sends a signal to the server's processes: {@code STOP} freezes it (connections are accepted,
     * nothing answers, as with a hung server), {@code CONT} lets it go on.
     */
    public void signal(String signal) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal, Long.toString(process.pid())));
        process.descendants().forEach(child -> command.add(Long.toString(child.pid())));
        try {
            if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
                throw new IllegalStateException("cannot send " + signal + " to Keycloak");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void buildOnce() {
        Path marker = home.resolve(".civitas-build");
        String wanted = String.join(" ", BUILD_OPTIONS);
        try {
            if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
                return;
            }
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
            command.addAll(BUILD_OPTIONS);
            Process build = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            if (build.waitFor() != 0) {
                throw new IllegalStateException("Keycloak build failed; see " + logFile);
            }
            Files.writeString(marker, wanted, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void installTheme() {
        Path target = home.resolve("themes").resolve(themeSource.getFileName());
        try (Stream<Path> files = Files.walk(themeSource)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path copy = target.resolve(themeSource.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            forgetCompressedResources();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the login theme", e);
        }
    }

    /**
     * Keycloak keeps the gzipped theme resources it served on disk, under a path that does not
     * change with their content, and serves them again after a restart: browsers would get the
     * theme's stylesheet as it was before the copy above.
     */
    private void forgetCompressedResources() throws IOException {
        Path cache = home.resolve("data/tmp/kc-gzip-cache");
        if (Files.exists(cache)) {
            try (Stream<Path> files = Files.walk(cache)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private void awaitReady(URI health, Duration patience) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped; see " + logFile);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException("Keycloak was not ready after " + patience + "; see " + logFile);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
