package fr.civitas.testkit;

import java.nio.file.Path;
import java.util.UUID;

/** The one Keycloak server of a test run, on the run's PostgreSQL; its start is paid once. */
public final class TestKeycloak {

    public static final String ADMIN = "admin";

    private static KeycloakServer shared;
    private static KeycloakAdminClient admin;
    private static String adminPassword;

    private TestKeycloak() {
    }

    /** Starts Keycloak if needed; the platform it serves is reached at {@code platformUrl}. */
    public static synchronized KeycloakAdminClient start(String platformUrl) {
        if (shared == null) {
            PostgresServer postgres = TestDatabase.shared();
            postgres.ensureDatabase("keycloak");
            String password = UUID.randomUUID().toString();
            Path work = Path.of(System.getProperty("civitas.test.work-dir", "target"));
            KeycloakServer server = new KeycloakServer(Path.of(required("civitas.test.keycloak-home")),
                    Path.of(required("civitas.test.keycloak-theme")), work.resolve("keycloak.log"))
                    .start(FreePorts.next(), postgres.jdbcUrl("keycloak"), PostgresServer.USER, "postgres", ADMIN, password,
                            platformUrl);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-keycloak-stop"));
            shared = server;
            adminPassword = password;
            admin = new KeycloakAdminClient(server.url(), ADMIN, password);
        }
        return admin;
    }

    /** The running server's admin client. */
    public static synchronized KeycloakAdminClient admin() {
        if (admin == null) {
            throw new IllegalStateException("Keycloak was not started for this run");
        }
        return admin;
    }

    /** Freezes the running server until {@link #thaw()}: it takes connections and answers nothing. */
    public static synchronized void freeze() {
        shared.signal("STOP");
    }

    public static synchronized void thaw() {
        shared.signal("CONT");
    }

    static synchronized String adminPassword() {
        return adminPassword;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set");
        }
        return value;
    }
}
