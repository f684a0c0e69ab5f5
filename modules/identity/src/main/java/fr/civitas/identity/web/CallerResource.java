package fr.civitas.identity.web;

import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** {@code GET /api/moi}: who the caller is for this council. */
@Path("api/moi")
@RequestScoped
public class CallerResource {

    public record Me(String council, String username, List<String> roles) {
    }

    @Inject
    CurrentTenant currentTenant;

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({CouncilRole.CITIZEN, CouncilRole.AGENT, CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
    public Me me() {
        List<String> roles = CouncilRole.OF_COUNCILS.stream().filter(security::isUserInRole).sorted().toList();
        return new Me(currentTenant.require().id().slug(), security.getUserPrincipal().getName(), roles);
    }
}
