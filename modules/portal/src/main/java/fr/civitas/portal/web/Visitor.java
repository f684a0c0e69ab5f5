package fr.civitas.portal.web;

import fr.civitas.portal.application.PortalTexts;
import fr.civitas.kernel.security.CouncilRole;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Who is looking at a page, as views show it: anonymous, or a person with roles in French. */
public record Visitor(boolean loggedIn, String name, List<String> roles, boolean staff) {


    static Visitor of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return new Visitor(false, "", List.of(), false);
        }
        List<String> roles = CouncilRole.OF_COUNCILS.stream().filter(security::isUserInRole)
                .map(role -> PortalTexts.get("role." + role)).sorted().toList();
        boolean staff = security.isUserInRole(CouncilRole.AGENT) || security.isUserInRole(CouncilRole.EDITOR)
                || security.isUserInRole(CouncilRole.COUNCIL_ADMIN);
        return new Visitor(true, security.getUserPrincipal().getName(), roles, staff);
    }
}
