package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestDatabase;
import fr.civitas.testkit.TestKeycloak;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A council's realm is born with it and leaves with it; its data is exported first. */
@ExtendWith(ArquillianExtension.class)
class RealmLifecycleIT {

    private static final String TENANTS = "/api/platform/tenants";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitasWithFaults();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @Test
    void onboardingCreatesTheRealmFromTheTemplateAndOffboardingRemovesIt() throws IOException, SQLException {
        String slug = "segre";
        Tenants.ensure(platform, Tenants.commune(slug, "Segré-en-Anjou Bleu", "www.segre.test"));
        People.ensure(slug);

        assertTrue(TestKeycloak.admin().realmExists(slug));
        String realm = TestKeycloak.admin().realm(slug);
        assertTrue(realm.contains("\"displayName\":\"Segré-en-Anjou Bleu\""), realm);
        assertTrue(realm.contains("\"loginTheme\":\"civitas\""));
        assertTrue(realm.contains("\"defaultLocale\":\"fr\""));
        assertTrue(realm.contains("\"bruteForceProtected\":true"));
        assertTrue(realm.contains("\"registrationAllowed\":true") && realm.contains("\"verifyEmail\":true"));
        assertTrue(realm.contains("length(12)"), "password policy");
        String portal = TestKeycloak.admin().client(slug, "portal");
        assertTrue(portal.contains("http://www.segre.test:" + platform.base().getPort() + "/*"), portal);
        assertTrue(portal.contains(platform.base().resolve("/t/" + slug + "/*").toString()), portal);
        assertTrue(portal.contains("\"pkce.code.challenge.method\":\"S256\""));
        assertTrue(TestKeycloak.admin().identityProvider(slug, "franceconnect").contains("\"enabled\":false"));
        HttpResponse<String> state = platform.operatorGet(TENANTS + "/" + slug);
        assertFalse(state.body().contains("secret"), "no client secret in the API: " + state.body());

        CompletableFuture<HttpResponse<String>> offboarding =
                CompletableFuture.supplyAsync(() -> platform.operatorDelete(TENANTS + "/" + slug));

        assertEquals(503, portalOnceClosed(slug), "the portal is closed as the council starts leaving");
        HttpResponse<String> retired = offboarding.join();
        assertEquals(200, retired.statusCode(), retired.body());
        String audit = platform.operatorGet(TENANTS + "/" + slug + "/audit").body();
        assertTrue(audit.indexOf("tenant.suspended") > 0 && audit.indexOf("tenant.suspended") < audit.indexOf("tenant.retired"),
                audit);
        JsonObject body = Json.object(retired.body());
        assertEquals("retired", body.getJsonObject("tenant").getString("status"));
        Path export = Path.of(body.getString("export"));
        String exported = Files.readString(export);
        JsonObject document = Json.object(exported);
        Instant suspended = Json.array(audit).getValuesAs(JsonObject.class).stream()
                .filter(line -> line.getString("action").equals("tenant.suspended"))
                .map(line -> Instant.parse(line.getString("at"))).findFirst().orElseThrow();
        Instant exportedAt = Instant.parse(document.getJsonObject("council").getString("exportedAt"));
        assertTrue(!exportedAt.isBefore(suspended.plusSeconds(5)),
                "exported once every instance stopped serving the council (lookup cache 5 s): " + suspended + " " + exportedAt);
        assertEquals("civitas-council-export", document.getString("format"));
        assertEquals(2, document.getInt("version"));
        assertEquals("segre", document.getJsonObject("council").getString("slug"));
        assertTrue(document.getJsonObject("modules").getJsonObject("portal").getJsonArray("pages").toString()
                .contains("Bienvenue à Segré-en-Anjou Bleu"), exported);
        JsonObject citizen = accounts(document).getValuesAs(JsonObject.class).stream()
                .filter(account -> account.getString("username").equals(People.citizen(slug))).findFirst().orElseThrow();
        assertEquals(People.citizen(slug) + "@exemple.invalid", citizen.getString("email"), "the realm's accounts are exported");
        assertTrue(citizen.getBoolean("enabled"));
        assertEquals(4, accounts(document).size(), "citizen, agent, editor, admin");
        assertFalse(TestKeycloak.admin().realmExists(slug), "realm deleted");
        assertFalse(schemaExists("t_segre"), "schema dropped");
        assertEquals(404, platform.get("/t/" + slug + "/").statusCode());
        assertEquals(200, platform.operatorDelete(TENANTS + "/" + slug).statusCode(), "offboarding twice is harmless");

        // as a run stopped between dropping the schema and recording the council retired leaves it
        execute("update platform.tenant set status = 'SUSPENDED' where slug = '" + slug + "'",
                "update platform.provisioning_job set status = 'CLOSING', lease_until = null where tenant_slug = '" + slug + "'");
        HttpResponse<String> finished = platform.operatorDelete(TENANTS + "/" + slug);
        assertEquals(200, finished.statusCode(), finished.body());
        assertEquals("retired", Json.object(finished.body()).getJsonObject("tenant").getString("status"));
        assertEquals(export.toString(), Json.object(finished.body()).getString("export"), "the first export is kept");
        assertEquals(exported, Files.readString(export), "and left as it was");
        Tenants.ensure(platform, Tenants.commune("segre-bis", "Nouvelle commune", "www.segre.test"));
        HttpResponse<String> newcomer = platform.get("/pages/contact", "Host", "www.segre.test");
        assertEquals(200, newcomer.statusCode(), "the freed domain serves the new council");
        assertTrue(newcomer.body().contains("Nouvelle commune"), newcomer.body());
    }

    @Test
    void aFailedCouncilThatWasOffboardedCanNeverBeResumed() throws SQLException {
        String slug = "panne-realm-performed-retrait";
        String request = Tenants.commune(slug, "Commune retirée après une panne");
        assertEquals(500, platform.operatorPost(TENANTS, request).statusCode());
        assertTrue(TestKeycloak.admin().realmExists(slug), "the realm step had created the realm");

        HttpResponse<String> retired = platform.operatorDelete(TENANTS + "/" + slug);
        assertEquals(200, retired.statusCode(), retired.body());
        JsonObject tenant = Json.object(retired.body()).getJsonObject("tenant");
        assertEquals("closed", tenant.getJsonObject("provisioning").getString("status"));

        OnboardingIT.assertProblem(platform.operatorPost(TENANTS + "/" + slug + "/resume", ""), 409, "tenant-retired");
        OnboardingIT.assertProblem(platform.operatorPost(TENANTS, request), 409, "tenant-retired");

        assertFalse(TestKeycloak.admin().realmExists(slug), "no realm created again");
        assertFalse(schemaExists("t_panne_realm_performed_retrait"));
        assertEquals("retired", Json.object(platform.operatorGet(TENANTS + "/" + slug).body()).getString("status"));
        assertEquals(404, platform.get("/t/" + slug + "/").statusCode());
    }

    @Test
    void aRealmWhosePlacementWasNeverRecordedIsDeletedAllTheSame() throws IOException, SQLException {
        String slug = "panne-realm-performed-orphelin";
        assertEquals(500, platform.operatorPost(TENANTS, Tenants.commune(slug, "Royaume orphelin")).statusCode());
        // as a realm step stopped between creating the realm and recording where it is
        execute("update platform.tenant set identity_server = null where slug = '" + slug + "'");
        assertTrue(TestKeycloak.admin().realmExists(slug));

        HttpResponse<String> retired = platform.operatorDelete(TENANTS + "/" + slug);

        assertEquals(200, retired.statusCode(), retired.body());
        assertFalse(TestKeycloak.admin().realmExists(slug), "the realm left with the council");
        String exported = Files.readString(Path.of(Json.object(retired.body()).getString("export")));
        assertEquals(0, accounts(Json.object(exported)).size(), exported);
    }

    private static JsonArray accounts(JsonObject export) {
        return export.getJsonObject("modules").getJsonObject("identity").getJsonArray("accounts");
    }

    private int portalOnceClosed(String slug) {
        Instant deadline = Instant.now().plusSeconds(30);
        int status = platform.get("/t/" + slug + "/").statusCode();
        while (status == 200 && Instant.now().isBefore(deadline)) {
            status = platform.get("/t/" + slug + "/").statusCode();
        }
        return status;
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = TestDatabase.shared().dataSource(TestDatabase.DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static boolean schemaExists(String schema) throws SQLException {
        try (Connection connection = TestDatabase.shared().dataSource(TestDatabase.DATABASE).getConnection();
             ResultSet rows = connection.createStatement()
                     .executeQuery("select 1 from information_schema.schemata where schema_name = '" + schema + "'")) {
            return rows.next();
        }
    }
}
