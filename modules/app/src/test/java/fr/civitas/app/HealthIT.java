package fr.civitas.app;

import static fr.civitas.app.OnboardingIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.PostgresServer;
import fr.civitas.testkit.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The three probes, with the database taken away and given back. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    private static final List<String> PROBES = List.of("/health/live", "/health/ready", "/health/started");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @Test
    void probesGoDownWithTheDatabaseAndComeBackWithIt() {
        PROBES.forEach(probe -> awaitStatus(probe, 200, Duration.ofSeconds(60)));
        HttpResponse<String> ready = platform.get("/health/ready");
        assertTrue(ready.body().contains("platform-schema-migrated"), ready.body());
        assertTrue(ready.body().contains("no-tenant-stuck-provisioning"), ready.body());

        PostgresServer database = TestDatabase.shared();
        database.stop();
        try {
            PROBES.forEach(probe -> awaitStatus(probe, 503, Duration.ofSeconds(30)));
            assertTrue(platform.get("/health/ready").body().contains("\"DOWN\""));
            assertCouncilsAnswerInFrench();
        } finally {
            database.start();
        }

        PROBES.forEach(probe -> awaitStatus(probe, 200, Duration.ofSeconds(60)));
        assertTrue(platform.get("/health/ready").body().contains("\"UP\""));
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
