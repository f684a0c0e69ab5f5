package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * At start-up every tenant schema is migrated; one that fails is marked failed, alone, and its
 * resumed onboarding gives it back the status it had.
 */
@ExtendWith(ArquillianExtension.class)
class FleetMigrationIT {

    private static final String DEPLOYMENT = "fleet";

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    @ArquillianResource
    Deployer deployer;

    private final PlatformClient platform = PlatformClient.forTestServer();

    @Test
    void aTenantWhoseMigrationFailsIsMarkedFailedAndTheOthersCarryOn() throws SQLException {
        deployer.deploy(DEPLOYMENT);
        Tenants.ensure(platform, Tenants.commune("saine", "Commune saine"));
        Tenants.ensure(platform, Tenants.commune("abimee", "Commune abîmée"));
        Tenants.ensure(platform, Tenants.commune("endormie", "Commune suspendue et abîmée"));
        Tenants.ensure(platform, Tenants.commune("partante", "Commune qui s'en va, abîmée"));
        assertEquals(200, platform.operatorPost("/api/platform/tenants/endormie/suspend", "").statusCode());
        deployer.undeploy(DEPLOYMENT);
        // as an offboarding stopped before the export leaves a council: suspended, its job closing
        execute("update platform.tenant set status = 'SUSPENDED' where slug = 'partante'",
                "update platform.provisioning_job set status = 'CLOSING', lease_until = null where tenant_slug = 'partante'",
                "update t_partante.schema_history_portal set checksum = checksum + 1 where version = '1'");

        // the schemas no longer match their history: Flyway refuses to migrate them
        execute("update t_abimee.schema_history_portal set checksum = checksum + 1 where version = '1'",
                "update t_endormie.schema_history_portal set checksum = checksum + 1 where version = '1'");
        deployer.deploy(DEPLOYMENT);
        try {
            awaitStatus("abimee", "failed");
            awaitStatus("endormie", "failed");
            JsonObject failed = Json.object(platform.operatorGet("/api/platform/tenants/abimee").body());
            assertEquals("migrations", failed.getJsonObject("provisioning").getString("failedStep"));
            assertEquals("active", Json.object(platform.operatorGet("/api/platform/tenants/saine").body()).getString("status"));
            assertEquals(200, platform.get("/t/saine/").statusCode());
            assertEquals(503, platform.get("/t/abimee/").statusCode());

            execute("update t_abimee.schema_history_portal set checksum = checksum - 1 where version = '1'");
            HttpResponse<String> resumed = platform.operatorPost("/api/platform/tenants/abimee/resume", "");
            assertEquals(200, resumed.statusCode(), resumed.body());
            assertEquals(200, platform.get("/t/abimee/").statusCode());

            execute("update t_endormie.schema_history_portal set checksum = checksum - 1 where version = '1'");
            HttpResponse<String> stillSuspended = platform.operatorPost("/api/platform/tenants/endormie/resume", "");
            assertEquals(200, stillSuspended.statusCode(), stillSuspended.body());
            assertEquals("suspended", Json.object(stillSuspended.body()).getString("status"),
                    "a council suspended before its migration failed stays suspended");
            assertEquals(503, platform.get("/t/endormie/").statusCode());

            JsonObject leaving = Json.object(platform.operatorGet("/api/platform/tenants/partante").body());
            assertEquals("suspended", leaving.getString("status"), "a council leaving is not migrated, nor marked failed");
            assertEquals("closing", leaving.getJsonObject("provisioning").getString("status"), "its offboarding is kept");
            HttpResponse<String> retired = platform.operatorDelete("/api/platform/tenants/partante");
            assertEquals(200, retired.statusCode(), retired.body());
            assertEquals("retired", Json.object(retired.body()).getJsonObject("tenant").getString("status"));
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }

    private void awaitStatus(String slug, String status) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = platform.operatorGet("/api/platform/tenants/" + slug);
            if (response.statusCode() == 200) {
                last = Json.object(response.body()).getString("status");
                if (last.equals(status)) {
                    return;
                }
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail(slug + " stayed " + last);
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = TestDatabase.shared().dataSource(TestDatabase.DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
