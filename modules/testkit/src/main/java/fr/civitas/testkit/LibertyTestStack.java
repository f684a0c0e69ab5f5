package fr.civitas.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test of a run that deploys to Liberty (the property {@code civitas.test.server-dir}
 * names the server), starts PostgreSQL and points the server at it, on free ports, so that the
 * server Arquillian starts next finds its database. One database and one server per test run.
 */
public class LibertyTestStack implements LauncherSessionListener {

    public static final String HTTP_PORT = "civitas.test.http-port";
    public static final String OPERATOR_SECRET = "civitas.test.operator-secret";
    /** The key sealing sessions' tokens at rest in the test server: 32 bytes, base64. */
    private static final String TOKEN_KEY = "dGVzdC1jbGUtZGUtc2NlbGxlbWVudC0zMi1vY3RldHM=";

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String serverDir = System.getProperty("civitas.test.server-dir");
        if (serverDir == null || System.getProperty(HTTP_PORT) != null) {
            return;
        }
        PostgresServer postgres = TestDatabase.shared();
        int httpPort = FreePorts.next();
        String platformUrl = "http://localhost:" + httpPort;
        KeycloakAdminClient keycloak = TestKeycloak.start(platformUrl);
        String secret = "test-" + UUID.randomUUID();
        ServerOverrides overrides = new ServerOverrides()
                .variable("civitas.db.url", postgres.jdbcUrl(TestDatabase.DATABASE))
                .variable("civitas.db.user", PostgresServer.USER)
                .variable("civitas.db.password", "postgres")
                .variable("civitas.http.port", Integer.toString(httpPort))
                .variable("civitas.https.port", Integer.toString(FreePorts.next()))
                .variable("civitas.operators.bootstrap-secret", secret)
                .variable("civitas.identity.public-url", platformUrl)
                .variable("civitas.identity.keycloak.url", keycloak.url().toString())
                .variable("civitas.identity.keycloak.admin-client-id", PlatformAccount.CLIENT_ID)
                .variable("civitas.identity.keycloak.admin-client-secret", TestKeycloak.platformSecret())
                .variable("civitas.identity.token-skew-seconds", "2")
                .variable("civitas.identity.revalidate-seconds", "2")
                .variable("civitas.identity.session.purge-seconds", "3")
                .variable("civitas.identity.token-key", TOKEN_KEY)
                .variable("civitas.tenancy.templates-dir", System.getProperty("civitas.test.templates-dir"))
                .feature("localConnector-1.0")
                .raw("<applicationMonitor updateTrigger=\"mbean\"/>");
        write(Path.of(serverDir, "configDropins", "overrides", "civitas-test.xml"), overrides.toXml());
        System.setProperty(HTTP_PORT, Integer.toString(httpPort));
        System.setProperty(OPERATOR_SECRET, secret);
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
