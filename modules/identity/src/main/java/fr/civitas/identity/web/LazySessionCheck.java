package fr.civitas.identity.web;

import fr.civitas.identity.application.CallerAuthentication;
import fr.civitas.identity.domain.Caller;
import fr.civitas.kernel.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a session cookie once someone asks who is calling, which may be deep inside a
 * resource: a database or a realm out of reach is then answered as the filters' failures are,
 * 503 with an incident number, rather than as a failure of the page.
 */
@ApplicationScoped
public class LazySessionCheck {

    private static final Logger LOG = Logger.getLogger(LazySessionCheck.class.getName());

    @Inject
    CallerAuthentication callers;

    Optional<Caller> callerOf(String cookie) {
        try {
            return callers.bySession(cookie);
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident + ": a session could not be checked", e);
            throw new ProblemException(503, "service-unavailable", IdentityTexts.get("identite.indisponible"),
                    IdentityTexts.get("identite.indisponible.detail", incident), Map.of("incident", incident));
        }
    }
}
