package fr.civitas.portal.web;

import fr.civitas.kernel.security.CouncilRole;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;

/** Who is looking at a page, as views show it: anonymous, or a person with roles in French. */
public record Visitor(boolean loggedIn, String name, List<String> roles, boolean staff) {

    private static final Map<String, String> LABELS = Map.of(
            CouncilRole.CITIZEN, "Usager",
            CouncilRole.AGENT, "Agent",
            CouncilRole.EDITOR, "Rédacteur",
            CouncilRole.COUNCIL_ADMIN, "Administrateur de la collectivité");

    static Visitor of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return new Visitor(false, "", List.of(), false);
        }
        List<String> roles = LABELS.entrySet().stream()
                .filter(entry -> security.isUserInRole(entry.getKey()))
                .map(Map.Entry::getValue).sorted().toList();
        boolean staff = security.isUserInRole(CouncilRole.AGENT) || security.isUserInRole(CouncilRole.EDITOR)
                || security.isUserInRole(CouncilRole.COUNCIL_ADMIN);
        return new Visitor(true, security.getUserPrincipal().getName(), roles, staff);
    }
}
