package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A council that has been used — logins, edits, uploads, searches — leaves the platform as well
 * as a fresh one, and no connection of the pool is handed back with a transaction still open.
 */
@ExtendWith(ArquillianExtension.class)
class OffboardingAfterUseIT {

    private static final String COUNCIL = "montfaucon";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @Test
    void aCouncilUsedByItsPeopleLeavesWithItsDataExportedAndNoSecret() throws Exception {
        Tenants.ensure(platform, Tenants.commune(COUNCIL, "Montfaucon-Montigné"));
        People.ensure(COUNCIL);
        for (int round = 0; round < 3; round++) {
            exercise(round);
        }
        List<String> open = transactionsLeftOpen();
        HttpResponse<String> offboarded = platform.operatorDelete("/api/platform/tenants/" + COUNCIL);

        assertEquals(List.of(), open, "connections idle in a transaction");
        assertEquals(200, offboarded.statusCode(), offboarded.body());
        assertTrue(offboarded.body().contains("\"status\":\"retired\""), offboarded.body());
        String exported = Files.readString(Path.of(Json.object(offboarded.body()).getString("export")));
        JsonObject modules = Json.object(exported).getJsonObject("modules");
        assertTrue(modules.getJsonObject("portal").getJsonArray("pages").toString().contains("\"page-2\""), "the council's pages");
        assertEquals(3, modules.getJsonObject("portal").getJsonArray("media").size(), "its images");
        assertTrue(modules.getJsonObject("audit").getJsonArray("entries").toString().contains("portal.page.published"),
                "its audit log");
        assertTrue(modules.getJsonObject("identity").getJsonArray("accounts").toString().contains(People.citizen(COUNCIL)));
        for (String secret : List.of("\"access_token\"", "\"refresh_token\"", "\"id_token\"", "\"code_verifier\"",
                "\"nonce\"", "\"state\"", "\"credentials\"", "\"secret\"", "eyJ")) {
            assertFalse(exported.contains(secret), "the export holds no secret, token or verifier: " + secret);
        }
    }

    private void exercise(int round) {
        platform.get("/t/" + COUNCIL + "/");
        platform.get("/t/" + COUNCIL + "/recherche?q=mairie");
        platform.get("/t/" + COUNCIL + "/actualites/rss.xml");
        BackOfficeIT.Staff citizen = BackOfficeIT.Staff.logIn(platform, COUNCIL, People.citizen(COUNCIL));
        citizen.get("/espace");
        citizen.get("/theme/portail.css");
        BackOfficeIT.Staff editor = BackOfficeIT.Staff.logIn(platform, COUNCIL, People.editor(COUNCIL));
        editor.get("/gestion");
        editor.submit("/gestion/pages/nouvelle", "/gestion/pages", Map.of("slug", "page-" + round, "title", "Page " + round,
                "body", "<p>x</p>", "kind", "STANDARD", "position", "1"));
        editor.action("/gestion/pages", editor.idOf("/gestion/pages", "Page " + round), "publier");
        editor.upload("image-" + round + ".png", Images.PNG, "Image " + round);
        BackOfficeIT.Staff admin = BackOfficeIT.Staff.logIn(platform, COUNCIL, People.admin(COUNCIL));
        admin.get("/gestion/theme");
        platform.operatorGet("/api/platform/tenants/" + COUNCIL + "/audit");
        citizen.browser.logOut("/t/" + COUNCIL);
    }

    private static List<String> transactionsLeftOpen() throws SQLException {
        List<String> open = new ArrayList<>();
        try (Connection connection = TestDatabase.shared().dataSource(TestDatabase.DATABASE).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select pid, query from pg_stat_activity where datname = 'civitas'"
                     + " and state like 'idle in transaction%' and pid <> pg_backend_pid()")) {
            while (rows.next()) {
                open.add(rows.getInt(1) + ": " + rows.getString(2));
            }
        }
        return open;
    }
}
