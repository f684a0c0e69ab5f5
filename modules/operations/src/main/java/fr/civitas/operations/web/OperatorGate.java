package fr.civitas.operations.web;

import fr.civitas.kernel.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets only operators reach {@code /api/platform}. Until the operators' realm exists, an
 * operator proves itself with the bootstrap secret as a bearer token; without a configured
 * secret the API stays closed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class OperatorGate implements ContainerRequestFilter {

    static final String ACTOR = "operator:bootstrap";
    private static final String BEARER = "Bearer ";
    private static final int MIN_SECRET_LENGTH = 16;

    @Inject
    @ConfigProperty(name = "civitas.operators.bootstrap-secret")
    Optional<String> bootstrapSecret;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.startsWith("api/platform") || path.startsWith("/api/platform"))) {
            return;
        }
        String secret = bootstrapSecret.filter(s -> s.length() >= MIN_SECRET_LENGTH).orElse(null);
        if (secret == null) {
            throw ProblemException.unauthorized("L'API des opérateurs est fermée : aucun secret d'amorçage n'est configuré.");
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(BEARER) || !matches(header.substring(BEARER.length()), secret)) {
            throw ProblemException.unauthorized("Un jeton d'opérateur valide est requis pour cette API.");
        }
    }

    private static boolean matches(String presented, String secret) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }
}
