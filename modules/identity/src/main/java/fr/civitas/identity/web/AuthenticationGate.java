package fr.civitas.identity.web;

import fr.civitas.kernel.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Refuses a request whose bearer token was presented and rejected: a wrong credential is never
 * treated as no credential.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationGate implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(Credentials.FAILURE) != null) {
            throw new ProblemException(401, "invalid-token", IdentityTexts.get("jeton.refuse"),
                    IdentityTexts.get("jeton.refuse.detail"),
                    Map.of());
        }
    }
}
