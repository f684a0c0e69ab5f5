package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestDatabase;
import fr.civitas.testkit.TestKeycloak;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's right to erasure, carried out by an operator: every module does its part (sessions
 * ended, authorship and audit lines anonymised), then the account leaves the council's realm;
 * nothing of another council is touched.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    private static final String REZE = "reze";
    private static final String VERTOU = "vertou";
    private static final String ERASURES = "/api/platform/tenants/%s/erasures";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();

    @BeforeAll
    static void councils() {
        PlatformClient platform = PlatformClient.forTestServer();
        for (String council : List.of(REZE, VERTOU)) {
            Tenants.ensure(platform, Tenants.commune(council, "Ville de " + council));
            People.ensure(council);
        }
    }

    @Test
    void anErasedPersonLeavesNoNameBehindAndLosesTheirAccount() throws SQLException {
        String editor = "redactrice-effacee-" + REZE;
        TestKeycloak.admin().ensureUser(REZE, editor, People.PASSWORD, "Éva", "Effacée", List.of("editor"));
        BackOfficeIT.Staff staff = BackOfficeIT.Staff.logIn(platform, REZE, editor);
        assertEquals(303, staff.submit("/gestion/pages/nouvelle", "/gestion/pages", Map.of("slug", "page-effacee",
                "title", "Page de l'effacée", "body", "<p>x</p>", "kind", "STANDARD", "position", "1")).statusCode());
        assertEquals(303, staff.upload("effacee.png", Images.PNG, "Image de l'effacée").statusCode());
        assertTrue(count("t_reze", "page", "updated_by", editor) > 0, "positive control: her name is on her page");

        HttpResponse<String> erased = platform.operatorPost(ERASURES.formatted(REZE), "{\"username\":\"" + editor + "\"}");

        assertEquals(200, erased.statusCode(), erased.body());
        assertFalse(TestKeycloak.admin().userExists(REZE, editor), "her account left the realm");
        assertEquals(0, count("t_reze", "page", "updated_by", editor), "her name left the pages");
        assertEquals(0, count("t_reze", "media", "created_by", editor), "and the images");
        assertEquals(0, count("t_reze", "audit_entry", "actor", editor), "and the audit log");
        assertTrue(count("t_reze", "audit_entry", "actor", "personne-effacee") > 0, "whose lines stay, without her name");
        assertEquals(303, staff.get("/gestion").statusCode(), "her session ended");
        String audit = platform.operatorGet("/api/platform/tenants/" + REZE + "/audit").body();
        assertTrue(audit.contains("person.erased") && !audit.contains(editor), audit);
        assertEquals(200, platform.get("/t/" + REZE + "/pages/contact").statusCode(), "the council works on");
    }

    @Test
    void aPersonOfAnotherCouncilCannotBeErasedThroughThisOne() {
        HttpResponse<String> elsewhere = platform.operatorPost(ERASURES.formatted(REZE),
                "{\"username\":\"" + People.citizen(VERTOU) + "\"}");

        assertEquals(404, elsewhere.statusCode(), elsewhere.body());
        assertTrue(elsewhere.body().contains("Aucun compte"), elsewhere.body());
        assertTrue(TestKeycloak.admin().userExists(VERTOU, People.citizen(VERTOU)), "untouched in her own council");
    }

    @Test
    void badRequestsAreExplainedAndEraseNothing() {
        HttpResponse<String> empty = platform.operatorPost(ERASURES.formatted(REZE), "{\"username\":\"  \"}");
        assertEquals(422, empty.statusCode(), empty.body());
        assertTrue(empty.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(404, platform.operatorPost(ERASURES.formatted("inconnue"), "{\"username\":\"x\"}").statusCode());
        HttpResponse<String> anonymous = platform.postJson(ERASURES.formatted(REZE), "{\"username\":\"" + People.citizen(REZE) + "\"}");
        assertEquals(401, anonymous.statusCode());
        assertTrue(TestKeycloak.admin().userExists(REZE, People.citizen(REZE)));
    }

    private static long count(String schema, String table, String column, String value) throws SQLException {
        try (Connection connection = TestDatabase.shared().dataSource(TestDatabase.DATABASE).getConnection();
             var query = connection.prepareStatement("select count(*) from " + schema + "." + table + " where " + column + " = ?")) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
