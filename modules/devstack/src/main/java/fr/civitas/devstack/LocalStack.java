package fr.civitas.devstack;

import fr.civitas.testkit.FreePorts;
import fr.civitas.testkit.KeycloakAdminClient;
import fr.civitas.testkit.KeycloakServer;
import fr.civitas.testkit.OperatorTokens;
import fr.civitas.testkit.PlatformAccount;
import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.PostgresServer;
import fr.civitas.testkit.ServerOverrides;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * PostgreSQL, Keycloak and a Liberty server running the platform, as plain processes of this machine,
 * with their data in one folder that outlives them. Used by the demo and the benchmarks.
 */
public final class LocalStack implements AutoCloseable {

    private static final String SERVER = "civitas-local";

    private final Path root;
    private final Path dataDir;
    private final Path wlp;
    private final Path war;
    private final Path keycloakHome;
    private PostgresServer postgres;
    private KeycloakServer keycloak;
    private KeycloakAdminClient keycloakAdmin;
    private Process liberty;
    private int httpPort;
    private String operatorSecret;

    public LocalStack(Path root, Path dataDir, Path wlp, Path war, Path keycloakHome) {
        this.root = root;
        this.dataDir = dataDir;
        this.wlp = wlp;
        this.war = war;
        this.keycloakHome = keycloakHome;
    }

    /** From the system properties the Maven profiles pass. */
    public static LocalStack fromSystemProperties(Path dataDir) {
        return new LocalStack(Path.of(System.getProperty("civitas.root")), dataDir,
                Path.of(System.getProperty("civitas.wlp")), Path.of(System.getProperty("civitas.war")),
                Path.of(System.getProperty("civitas.keycloak-home")));
    }

    public PlatformClient start(int preferredHttpPort) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "civitas-local-stop"));
        operatorSecret = readOrCreate(dataDir.resolve("operator-secret"));
        postgres = new PostgresServer(dataDir.resolve("postgres"), FreePorts.next()).start();
        postgres.ensureDatabase("civitas");
        postgres.ensureDatabase("keycloak");
        // 0 asks for any free port (the benchmarks): a socket on port 0 always binds, so test it apart
        httpPort = preferredHttpPort > 0 && FreePorts.isFree(preferredHttpPort) ? preferredHttpPort : FreePorts.next();
        String keycloakPassword = readOrCreate(dataDir.resolve("keycloak-admin-password"));
        int keycloakPort = FreePorts.isFree(8180) ? 8180 : FreePorts.next();
        keycloak = new KeycloakServer(keycloakHome, root.resolve("modules/identity/src/main/keycloak-theme/civitas"),
                dataDir.resolve("keycloak.log"))
                .start(keycloakPort, postgres.jdbcUrl("keycloak"), PostgresServer.USER, "postgres", "admin", keycloakPassword,
                        "http://localhost:" + httpPort);
        keycloakAdmin = new KeycloakAdminClient(keycloak.url(), "admin", keycloakPassword);
        String platformSecret = readOrCreate(dataDir.resolve("keycloak-platform-secret"));
        PlatformAccount.ensure(keycloakAdmin, PlatformAccount.CLIENT_ID, platformSecret);
        // realms of demo data made when the platform still used the admin account
        PlatformAccount.adoptRealms(keycloakAdmin, PlatformAccount.CLIENT_ID);
        prepareServer(platformSecret);
        liberty = startLiberty();
        PlatformClient platform = new PlatformClient(URI.create("http://localhost:" + httpPort + "/"),
                OperatorTokens.of(keycloakAdmin, operatorSecret));
        awaitReady(platform, Duration.ofMinutes(5));
        return platform;
    }

    public String operatorSecret() {
        return operatorSecret;
    }

    public KeycloakAdminClient keycloak() {
        return keycloakAdmin;
    }

    public long keycloakPid() {
        return keycloak.pid();
    }

    public int httpPort() {
        return httpPort;
    }

    public long libertyPid() {
        return liberty.pid();
    }

    public Path serverDir() {
        return wlp.resolve("usr/servers").resolve(SERVER);
    }

    /** Blocks until the server stops (Ctrl-C stops everything through the shutdown hook). */
    public void awaitTermination() throws InterruptedException {
        liberty.waitFor();
    }

    @Override
    public synchronized void close() {
        if (liberty != null && liberty.isAlive()) {
            liberty.destroy();
            try {
                liberty.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    private void prepareServer(String platformSecret) {
        Path server = serverDir();
        try {
            // only the platform: a WAR a benchmark deployed (bench/portal's static pages) must not linger
            OnboardingBenchmark.deleteRecursively(server.resolve("dropins"));
            Files.createDirectories(server.resolve("dropins"));
            Files.createDirectories(server.resolve("configDropins/overrides"));
            for (String file : List.of("server.xml", "bootstrap.properties", "jvm.options")) {
                Files.copy(root.resolve("liberty-config").resolve(file), server.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.copy(war, server.resolve("dropins/civitas.war"), StandardCopyOption.REPLACE_EXISTING);
            String overrides = new ServerOverrides()
                    .variable("civitas.db.url", postgres.jdbcUrl("civitas"))
                    .variable("civitas.db.user", PostgresServer.USER)
                    .variable("civitas.db.password", "postgres")
                    .variable("civitas.http.port", Integer.toString(httpPort))
                    .variable("civitas.https.port", Integer.toString(FreePorts.next()))
                    .variable("civitas.operators.bootstrap-secret", operatorSecret)
                    .variable("civitas.tenancy.templates-dir", root.resolve("tenant-templates").toString())
                    .variable("civitas.identity.public-url", "http://localhost:" + httpPort)
                    .variable("civitas.identity.keycloak.url", keycloak.url().toString())
                    .variable("civitas.identity.keycloak.admin-client-id", PlatformAccount.CLIENT_ID)
                    .variable("civitas.identity.keycloak.admin-client-secret", platformSecret)
                    // offboarded councils' exports: the only copy of their data, kept with the demo's
                    .variable("civitas.tenancy.exports-dir", dataDir.resolve("exports").toString())
                    // sessions' tokens sealed at rest: the same key from one run to the next
                    .variable("civitas.identity.token-key", readOrCreateKey(dataDir.resolve("token-key")))
                    // the OpenAPI document and UI, for developers: not public in production
                    .feature("mpOpenAPI-4.1")
                    .toXml();
            Files.writeString(server.resolve("configDropins/overrides/local.xml"), overrides, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Liberty server in " + server, e);
        }
    }

    private Process startLiberty() {
        Path log = dataDir.resolve("liberty-console.log");
        try {
            return new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", SERVER)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Liberty", e);
        }
    }

    private void awaitReady(PlatformClient platform, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            if (!liberty.isAlive()) {
                throw new IllegalStateException("Liberty stopped; see " + dataDir.resolve("liberty-console.log"));
            }
            try {
                if (platform.get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYetListening) {
                // the server is still starting
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("the platform was not ready after " + patience);
    }

    /** 32 random bytes in base64, kept in the file. */
    private static String readOrCreateKey(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            String encoded = java.util.Base64.getEncoder().encodeToString(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, encoded, StandardCharsets.UTF_8);
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            Files.createDirectories(file.getParent());
            String secret = "demo-" + UUID.randomUUID();
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
