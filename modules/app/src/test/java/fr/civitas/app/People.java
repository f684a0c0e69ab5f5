package fr.civitas.app;

import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.testkit.KeycloakAdminClient;
import fr.civitas.testkit.TestKeycloak;
import java.util.List;

/** The people of a council's realm the tests log in as: one per role. */
final class People {

    static final String PASSWORD = "Mot-de-passe-2026!";

    private People() {
    }

    static String citizen(String council) {
        return "usager-" + council;
    }

    static String agent(String council) {
        return "agent-" + council;
    }

    static String editor(String council) {
        return "redacteur-" + council;
    }

    static String admin(String council) {
        return "admin-" + council;
    }

    /** Creates them, and the test client that obtains their tokens for the council's APIs. */
    static void ensure(String council) {
        KeycloakAdminClient keycloak = TestKeycloak.admin();
        keycloak.ensureUser(council, citizen(council), PASSWORD, "Camille", "Usager", List.of(CouncilRole.CITIZEN));
        keycloak.ensureUser(council, agent(council), PASSWORD, "Alex", "Agent", List.of(CouncilRole.AGENT));
        keycloak.ensureUser(council, editor(council), PASSWORD, "Rémi", "Rédacteur", List.of(CouncilRole.EDITOR));
        keycloak.ensureUser(council, admin(council), PASSWORD, "Dominique", "Admin", List.of(CouncilRole.COUNCIL_ADMIN));
        keycloak.ensureTestClient(council, "portal");
    }

    static String token(String council, String username) {
        return TestKeycloak.admin().passwordToken(council, KeycloakAdminClient.TEST_CLIENT, username, PASSWORD);
    }
}
