package fr.civitas.identity.web;

import fr.civitas.identity.application.CallerAuthentication;
import fr.civitas.identity.domain.Caller;
import fr.civitas.identity.domain.InvalidTokenException;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Takes the credentials a request carries and exposes the caller through the standard servlet
 * and JAX-RS security API, checked against the realm of the request's council (or the operators'
 * realm for the operators' API). A bearer token is checked at once, so that a wrong one is
 * refused even on a public address; a session cookie when someone first asks who is calling.
 * Mapped after the tenancy filter (see the application's web.xml): the council must be bound first.
 */
public class CredentialsFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CredentialsFilter.class.getName());

    @Inject
    CallerAuthentication callers;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    RequestCredentials credentials;

    @Inject
    LazySessionCheck sessionCheck;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> bearer = Credentials.bearer(request);
        if (bearer.isPresent()) {
            credentials.bearer(checkBearer(request, bearer.get()));
        } else {
            Optional<String> session = Credentials.session(request);
            if (session.isPresent() && currentTenant.find().isPresent()) {
                credentials.session(session.get(), () -> sessionCheck.callerOf(session.get()));
            }
        }
        chain.doFilter(new AuthenticatedRequest(request, credentials), response);
    }

    private Optional<Caller> checkBearer(HttpServletRequest request, String token) {
        try {
            return Optional.of(Credentials.isOperatorsPath(request) ? callers.operatorByBearer(token) : councilBearer(token));
        } catch (InvalidTokenException e) {
            LOG.fine(() -> "bearer token refused: " + e.getMessage());
            request.setAttribute(Credentials.FAILURE, e.getMessage());
            return Optional.empty();
        }
    }

    private Caller councilBearer(String token) throws InvalidTokenException {
        if (currentTenant.find().isEmpty()) {
            throw new InvalidTokenException("no council to check the token against");
        }
        return callers.byBearer(token);
    }
}
