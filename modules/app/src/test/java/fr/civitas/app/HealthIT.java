package fr.civitas.app;

import static fr.civitas.app.OnboardingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.PostgresServer;
import fr.civitas.testkit.TestDatabase;
import fr.civitas.testkit.TestKeycloak;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three probes, with the database taken away and given back, with Keycloak frozen, and with
 * an onboarding stuck.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    private static final List<String> PROBES = List.of("/health/live", "/health/ready", "/health/started");
    /** What the database's absence takes down; liveness stays: an outage must not restart every instance. */
    private static final List<String> DATABASE_PROBES = List.of("/health/ready", "/health/started");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @Test
    void readinessGoesDownWithTheDatabaseAndComesBackWithItWhileTheInstanceStaysLive() {
        PROBES.forEach(probe -> awaitStatus(probe, 200, Duration.ofSeconds(60)));
        HttpResponse<String> ready = platform.get("/health/ready");
        assertTrue(ready.body().contains("platform-schema-migrated"), ready.body());
        assertTrue(ready.body().contains("stuck-onboardings"), ready.body());
        assertEquals("UP", check(platform.get("/health/live").body(), "jvm").getString("status"));

        PostgresServer database = TestDatabase.shared();
        database.stop();
        try {
            DATABASE_PROBES.forEach(probe -> awaitStatus(probe, 503, Duration.ofSeconds(30)));
            assertTrue(platform.get("/health/ready").body().contains("\"DOWN\""));
            HttpResponse<String> live = platform.get("/health/live");
            assertEquals(200, live.statusCode(), "no instance is restarted for the database: " + live.body());
            assertCouncilsAnswerInFrench();
        } finally {
            database.start();
        }

        PROBES.forEach(probe -> awaitStatus(probe, 200, Duration.ofSeconds(60)));
        assertTrue(platform.get("/health/ready").body().contains("\"UP\""));
    }

    /** Without Keycloak nobody logs in, but visitors still read the portals: a warning, not DOWN. */
    @Test
    void aKeycloakThatDoesNotAnswerIsAWarningWhileAnonymousPagesAreStillServed() {
        Tenants.ensure(platform, Tenants.commune("lamballe", "Lamballe-Armor"));
        awaitKeycloak("UP");

        TestKeycloak.freeze();
        try {
            awaitKeycloak("DOWN");
            HttpResponse<String> ready = platform.get("/health/ready");
            assertEquals(200, ready.statusCode(), ready.body());
            assertEquals("UP", Json.object(ready.body()).getString("status"), ready.body());
            HttpResponse<String> home = platform.get("/t/lamballe/", "Accept", "text/html");
            assertEquals(200, home.statusCode(), home.body());
            assertTrue(home.body().contains("Lamballe-Armor"), home.body());
        } finally {
            TestKeycloak.thaw();
        }
        awaitKeycloak("UP");
    }

    private void awaitKeycloak(String expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> ready = platform.get("/health/ready");
            JsonObject data = check(ready.body(), "keycloak-placements").getJsonObject("data");
            last = ready.body();
            if (expected.equals(data.getString("keycloak.default"))) {
                return;
            }
            sleep();
        }
        throw new AssertionError("keycloak.default never became " + expected + ": " + last);
    }

    /** No council can be looked up: pages and APIs say so, in French, without a stack trace. */
    private void assertCouncilsAnswerInFrench() {
        HttpResponse<String> page = platform.get("/t/nulle-part/", "Accept", "text/html");
        assertEquals(503, page.statusCode(), page.body());
        assertTrue(page.body().contains("Service momentanément indisponible"), page.body());
        assertTrue(page.body().contains("lang=\"fr\""), page.body());
        assertFalse(page.body().contains("Exception"), page.body());

        JsonObject problem = assertProblem(platform.get("/t/nulle-part/api/moi", "Accept", "application/json"), 503,
                "service-unavailable");
        assertTrue(problem.getString("incident").length() > 10, problem.toString());
    }

    @Test
    void aStuckOnboardingIsReportedWithoutTakingThePlatformOffline() throws SQLException {
        PROBES.forEach(probe -> awaitStatus(probe, 200, Duration.ofSeconds(60)));
        // what a run killed after writing the directory leaves behind: a lease long expired
        execute("""
                insert into platform.tenant (slug, name, kind, status, template_name, template_version,
                                             database_placement, created_at, updated_at)
                values ('bloquee', 'Commune bloquée', 'commune', 'PROVISIONING', 'commune', '1.0.0', 'default',
                        now() - interval '1 hour', now() - interval '1 hour')""",
                """
                insert into platform.provisioning_job (tenant_slug, status, last_completed_step, attempts,
                                                       started_at, updated_at, lease_until)
                values ('bloquee', 'RUNNING', 'DIRECTORY', 1, now() - interval '1 hour', now() - interval '1 hour',
                        now() - interval '50 minutes')""");

        HttpResponse<String> ready = platform.get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject check = check(ready.body(), "stuck-onboardings");
        assertEquals("UP", check.getString("status"));
        assertEquals(1, check.getJsonObject("data").getInt("count"), ready.body());
        assertFalse(ready.body().contains("bloquee"), "the probes, which anyone may read, name no council: " + ready.body());

        HttpResponse<String> resumed = platform.operatorPost("/api/platform/tenants/bloquee/resume", "");
        assertEquals(200, resumed.statusCode(), resumed.body());
        assertEquals("active", Json.object(resumed.body()).getString("status"));
        JsonObject after = check(platform.get("/health/ready").body(), "stuck-onboardings");
        assertEquals(0, after.getJsonObject("data").getInt("count"));
    }

    private static JsonObject check(String health, String name) {
        return Json.object(health).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = TestDatabase.shared().dataSource(TestDatabase.DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private void awaitStatus(String probe, int expected, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        HttpResponse<String> last = platform.get(probe);
        while (last.statusCode() != expected && Instant.now().isBefore(deadline)) {
            sleep();
            last = platform.get(probe);
        }
        assertEquals(expected, last.statusCode(), probe + " answered " + last.body());
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
