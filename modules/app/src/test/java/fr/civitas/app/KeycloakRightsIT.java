package fr.civitas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.testkit.KeycloakAdminClient;
import fr.civitas.testkit.PlatformAccount;
import fr.civitas.testkit.PlatformClient;
import fr.civitas.testkit.TestKeycloak;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform administers Keycloak as its own client's service account, which holds the master
 * realm's create-realm role only: it manages the realms it created (councils', operators') and no
 * other, and cannot change the master realm nor raise its own rights.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakRightsIT {

    private static final String TENANTS = "/api/platform/tenants";
    /** A realm someone else made on the same Keycloak. */
    private static final String FOREIGN = "hors-civitas";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.civitas();
    }

    private final PlatformClient platform = PlatformClient.forTestServer();
    private final KeycloakAdminClient admin = TestKeycloak.admin();
    private final KeycloakAdminClient account = TestKeycloak.platformAccount();

    @Test
    void theServiceAccountManagesTheRealmsItCreatedAndNoOther() {
        Tenants.ensure(platform, Tenants.commune("craon", "Craon"));
        assertEquals(200, account.adminStatus("GET", "realms/craon", null), "the council's realm, created by the platform");
        assertEquals(200, account.adminStatus("GET", "realms/craon/users?max=1", null));
        assertEquals(200, account.adminStatus("GET", "realms/operateurs/users?max=1", null), "the operators' realm");

        ensureForeignRealm();
        // Keycloak shows a realm's name to anyone who may create realms, but not its settings
        String foreign = account.adminGet("realms/" + FOREIGN);
        assertFalse(foreign.contains("\"id\"") || foreign.contains("\"enabled\""), foreign);
        String own = account.adminGet("realms/craon");
        assertTrue(own.contains("\"id\"") && own.contains("\"enabled\":true"), "positive control: the whole realm");
        assertEquals(403, account.adminStatus("GET", "realms/" + FOREIGN + "/users", null));
        assertEquals(403, account.adminStatus("PUT", "realms/" + FOREIGN, "{\"registrationAllowed\":true}"));
        assertEquals(403, account.adminStatus("DELETE", "realms/" + FOREIGN, null));
        assertTrue(admin.realmExists(FOREIGN), "the other realm is still there");
        assertFalse(admin.realm(FOREIGN).contains("\"registrationAllowed\":true"), "and unchanged");
    }

    @Test
    void theServiceAccountCannotChangeTheMasterRealmNorRaiseItsOwnRights() {
        String self = PlatformAccount.serviceAccount(admin, PlatformAccount.masterClient(admin, PlatformAccount.CLIENT_ID));
        String adminRole = admin.adminGet("realms/master/roles/admin");

        assertEquals(403, account.adminStatus("GET", "realms/master/users", null));
        assertEquals(403, account.adminStatus("PUT", "realms/master", "{\"registrationAllowed\":true}"));
        assertEquals(403, account.adminStatus("POST", "realms/master/users/" + self + "/role-mappings/realm",
                "[" + adminRole + "]"));
        assertEquals(403, account.adminStatus("POST", "realms/master/users",
                "{\"username\":\"intrus\",\"enabled\":true}"));
        assertFalse(admin.adminGet("realms/master/users/" + self + "/role-mappings/realm").contains("\"name\":\"admin\""),
                "still without the admin role");
        assertEquals(200, account.adminStatus("GET", "realms/operateurs", null), "positive control: the same account");
    }

    @Test
    void onboardingACouncilNamedLikeAnotherRealmLeavesThatRealmAlone() {
        ensureForeignRealm();

        HttpResponse<String> refused = platform.operatorPost(TENANTS, Tenants.commune(FOREIGN, "Commune homonyme"));

        assertTrue(refused.statusCode() >= 500, refused.statusCode() + " " + refused.body());
        assertTrue(admin.realmExists(FOREIGN));
        assertFalse(admin.realm(FOREIGN).contains("civitas.tenant"), "not taken over: " + admin.realm(FOREIGN));
        assertEquals("failed", Json.object(platform.operatorGet(TENANTS + "/" + FOREIGN).body()).getString("status"));
    }

    @Test
    void realmsMadeBeforeTheServiceAccountCanBeHandedToIt() {
        String clientId = "civitas-adoption";
        String secret = java.util.UUID.randomUUID().toString();
        PlatformAccount.ensure(admin, clientId, secret);
        KeycloakAdminClient adopting = KeycloakAdminClient.serviceAccount(admin.url(), clientId, secret);
        String older = "ancien-royaume";
        if (!admin.realmExists(older)) {
            admin.createRealm("{\"realm\":\"" + older + "\",\"enabled\":true}");
        }
        assertEquals(403, adopting.adminStatus("GET", "realms/" + older + "/users", null));

        PlatformAccount.adoptRealms(admin, clientId);

        assertEquals(200, adopting.adminStatus("GET", "realms/" + older + "/users", null));
        assertEquals(403, adopting.adminStatus("GET", "realms/master/users", null), "the master realm stays out of reach");
    }

    private void ensureForeignRealm() {
        if (!admin.realmExists(FOREIGN)) {
            admin.createRealm("{\"realm\":\"" + FOREIGN + "\",\"enabled\":true}");
        }
    }
}
