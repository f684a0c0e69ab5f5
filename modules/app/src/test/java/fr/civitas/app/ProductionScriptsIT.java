package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.FreePorts;
import fr.civitas.testkit.KeycloakAdminClient;
import fr.civitas.testkit.PlatformAccount;
import fr.civitas.testkit.PostgresServer;
import fr.civitas.testkit.TestKeycloak;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production stack's set-up scripts, run here against the real servers they set up:
 * PostgreSQL's roles (docker/postgres/init-roles.sh, with this machine's psql) and the platform's
 * Keycloak client (docker/keycloak/platform-client.sh, with the distribution's kcadm.sh).
 */
class ProductionScriptsIT {

    private static final Path ROOT = Path.of(System.getProperty("civitas.test.templates-dir")).getParent();
    private static final Path WORK = Path.of(System.getProperty("civitas.test.work-dir", "target")).toAbsolutePath();

    @Test
    void theDatabaseRolesRunThePlatformButNotTheServer() throws Exception {
        Path data = WORK.resolve("production-postgres");
        deleteRecursively(data);
        String platformPassword = "p" + UUID.randomUUID().toString().replace("-", "");
        String keycloakPassword = "k" + UUID.randomUUID().toString().replace("-", "");
        try (PostgresServer postgres = new PostgresServer(data, FreePorts.next()).start()) {
            run(Map.of("POSTGRES_USER", PostgresServer.USER, "PGHOST", "127.0.0.1", "PGPORT", Integer.toString(postgres.port()),
                    "CIVITAS_DB_PASSWORD", platformPassword, "KEYCLOAK_DB_PASSWORD", keycloakPassword),
                    "sh", ROOT.resolve("docker/postgres/init-roles.sh").toString());

            try (Connection platform = DriverManager.getConnection(postgres.jdbcUrl("civitas"), "civitas", platformPassword);
                 Statement sql = platform.createStatement()) {
                assertEquals("false false false", row(sql, "select rolsuper, rolcreaterole, rolcreatedb from pg_roles"
                        + " where rolname = current_user"));
                // what the platform's migrations do: schemas of its own, and accent-free search
                sql.execute("create schema t_essai");
                sql.execute("create table t_essai.page (id bigint primary key)");
                sql.execute("create extension if not exists unaccent with schema public");
                assertEquals("Cosse-le-Vivien", row(sql, "select unaccent('Cossé-le-Vivien')"));
                assertThrows(SQLException.class, () -> sql.execute("create role intrus login"));
                assertThrows(SQLException.class, () -> sql.execute("create database autre"));
            }
            assertThrows(SQLException.class, () -> DriverManager.getConnection(postgres.jdbcUrl("civitas"), "keycloak",
                    keycloakPassword).close(), "Keycloak's role cannot open the platform's database");
            try (Connection keycloak = DriverManager.getConnection(postgres.jdbcUrl("keycloak"), "keycloak", keycloakPassword);
                 Statement sql = keycloak.createStatement()) {
                sql.execute("create table realm_essai (id varchar(36) primary key)");
                assertEquals("false", row(sql, "select rolsuper from pg_roles where rolname = current_user"));
            }
        }
    }

    @Test
    void thePlatformClientScriptGivesTheRightToCreateRealmsAndNothingElse() throws Exception {
        KeycloakAdminClient admin = TestKeycloak.admin();
        String clientId = "civitas-script";
        Map<String, String> env = Map.of("KCADM", Path.of(System.getProperty("civitas.test.keycloak-home"), "bin/kcadm.sh")
                .toString(), "KEYCLOAK_URL", admin.url().toString(), "KC_BOOTSTRAP_ADMIN_USERNAME", TestKeycloak.ADMIN,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", TestKeycloak.adminPassword(), "CLIENT_ID", clientId);
        String firstSecret = UUID.randomUUID().toString();
        String secret = UUID.randomUUID().toString();
        run(with(env, "CLIENT_SECRET", firstSecret), "bash", ROOT.resolve("docker/keycloak/platform-client.sh").toString());
        run(with(env, "CLIENT_SECRET", secret), "bash", ROOT.resolve("docker/keycloak/platform-client.sh").toString());

        KeycloakAdminClient stale = KeycloakAdminClient.serviceAccount(admin.url(), clientId, firstSecret);
        assertThrows(IllegalStateException.class, () -> stale.adminStatus("GET", "realms/master/roles", null),
                "run again, the script gave the client the new secret");
        KeycloakAdminClient account = KeycloakAdminClient.serviceAccount(admin.url(), clientId, secret);
        String realm = "essai-script";
        assertEquals(201, account.adminStatus("POST", "realms", "{\"realm\":\"" + realm + "\",\"enabled\":true}"));
        assertEquals(200, account.adminStatus("GET", "realms/" + realm + "/users", null), "it manages what it created");
        if (!admin.realmExists("hors-script")) {
            admin.createRealm("{\"realm\":\"hors-script\",\"enabled\":true}");
        }
        assertEquals(403, account.adminStatus("GET", "realms/hors-script/users", null), "not what another created");
        assertEquals(403, account.adminStatus("GET", "realms/master/users", null));
        String granted = admin.adminGet("realms/master/users/"
                + PlatformAccount.serviceAccount(admin, PlatformAccount.masterClient(admin, clientId)) + "/role-mappings/realm");
        assertTrue(granted.contains("\"name\":\"create-realm\""), granted);
        assertFalse(granted.contains("\"name\":\"admin\""), granted);
        assertEquals(204, account.adminStatus("DELETE", "realms/" + realm, null));
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(env);
        more.put(name, value);
        return more;
    }

    private static void run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ":\n" + output);
    }

    private static String row(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            assertTrue(rows.next(), query);
            StringBuilder values = new StringBuilder();
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                values.append(column > 1 ? " " : "").append(rows.getString(column).equals("f") ? "false" : rows.getString(column));
            }
            return values.toString();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
