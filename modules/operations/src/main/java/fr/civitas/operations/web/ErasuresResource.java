package fr.civitas.operations.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.validation.FieldChecks;
import fr.civitas.kernel.validation.PlainText;
import fr.civitas.tenancy.application.PersonErasure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.Map;

/**
 * A person's right to erasure, carried out by an operator at a council's request: every module
 * erases or anonymises what it holds of them, then their account is deleted from the council's
 * realm. Repeating it is harmless.
 */
@Path("/api/platform/tenants/{slug}/erasures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(CouncilRole.OPERATOR)
public class ErasuresResource {

    /** Who to erase: the username they log in to the council with (Keycloak's limit). */
    public record ErasureRequest(@NotBlank @Size(max = 255) @PlainText String username) {
    }

    /** The person erased, by the realm's identifier only. */
    public record Erased(String council, String subject) {
    }

    @Inject
    PersonErasure erasure;

    @Inject
    Validator validator;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Erased erase(@PathParam("slug") String slug, InputStream body) {
        ErasureRequest request = JsonBodies.read(body, ErasureRequest.class);
        Map<String, String> errors = FieldChecks.errors(validator, request, OperationsTexts::get);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String username = request.username().strip();
        if (!TenantId.isWellFormed(slug)) {
            throw TenantsResource.unknown(slug);
        }
        Person person = erasure.erase(TenantId.of(slug), username, security.getUserPrincipal().getName());
        return new Erased(slug, person.subject());
    }
}
