package fr.civitas.devstack;

import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.testkit.KeycloakAdminClient;
import java.util.List;
import java.util.Map;

/** The demo councils' people, one per role; their credentials are in the README. */
final class DemoPeople {

    static final String PASSWORD = "Demo-Civitas-2026";

    private static final Map<String, String> ROLES = Map.of(
            "usager", CouncilRole.CITIZEN,
            "agent", CouncilRole.AGENT,
            "redacteur", CouncilRole.EDITOR,
            "admin", CouncilRole.COUNCIL_ADMIN);

    private DemoPeople() {
    }

    static void ensure(KeycloakAdminClient keycloak, String council) {
        ROLES.forEach((prefix, role) -> keycloak.ensureUser(council, prefix + "-" + council, PASSWORD,
                capitalised(prefix), capitalised(council), List.of(role)));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
