package fr.civitas.portal.web;

import fr.civitas.portal.application.PortalTexts;
import fr.civitas.kernel.security.CouncilRole;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * Who is looking at a page, as views show it: anonymous, or a person with roles in French, and
 * which parts of the back-office are theirs (staff: the dashboard; editors: the content; council
 * admins: the theme too).
 */
public record Visitor(boolean loggedIn, String name, List<String> roles, boolean staff, boolean editor, boolean councilAdmin) {

    static Visitor of(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return new Visitor(false, "", List.of(), false, false, false);
        }
        List<String> roles = CouncilRole.OF_COUNCILS.stream().filter(security::isUserInRole)
                .map(role -> PortalTexts.get("role." + role)).sorted().toList();
        boolean councilAdmin = security.isUserInRole(CouncilRole.COUNCIL_ADMIN);
        boolean editor = councilAdmin || security.isUserInRole(CouncilRole.EDITOR);
        boolean staff = editor || security.isUserInRole(CouncilRole.AGENT);
        return new Visitor(true, security.getUserPrincipal().getName(), roles, staff, editor, councilAdmin);
    }
}
