package fr.civitas.testkit;

import java.nio.file.Path;
import java.util.UUID;

/** The one Keycloak server of a test run, on the run's PostgreSQL; its start is paid once. */
public final class TestKeycloak {

    public static final String ADMIN = "admin";

    private static KeycloakServer shared;
    private static KeycloakAdminClient admin;
    private static String adminPassword;
    private static String platformSecret;

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
            platformSecret = UUID.randomUUID().toString();
            PlatformAccount.ensure(admin, PlatformAccount.CLIENT_ID, platformSecret);
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

    /** The bootstrap admin's password: for what must run as Keycloak's administrator (production's set-up script). */
    public static synchronized String adminPassword() {
        return adminPassword;
    }

    /** The secret of the platform's own client, whose service account provisions realms. */
    static synchronized String platformSecret() {
        return platformSecret;
    }

    /** Keycloak's Admin API as the platform calls it: its client's service account. */
    public static synchronized KeycloakAdminClient platformAccount() {
        return KeycloakAdminClient.serviceAccount(admin().url(), PlatformAccount.CLIENT_ID, platformSecret);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set");
        }
        return value;
    }
}
