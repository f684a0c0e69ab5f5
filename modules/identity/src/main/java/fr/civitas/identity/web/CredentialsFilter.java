package fr.civitas.identity.web;

import fr.civitas.identity.application.CallerAuthentication;
import fr.civitas.identity.domain.Caller;
import fr.civitas.identity.domain.InvalidTokenException;
import fr.civitas.identity.spi.Csrf;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Authenticates the credentials a request carries against the realm of the request's council
 * (or the operators' realm for the operators' API) and exposes the caller through the standard
 * servlet and JAX-RS security API. Mapped after the tenancy filter (see the application's
 * web.xml): the council must be bound first. Nothing is remembered between requests here.
 */
public class CredentialsFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CredentialsFilter.class.getName());

    @Inject
    CallerAuthentication callers;

    @Inject
    CurrentTenant currentTenant;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Caller> caller = authenticate(request);
        chain.doFilter(caller.<HttpServletRequest>map(found -> new AuthenticatedRequest(request, found)).orElse(request),
                response);
    }

    private Optional<Caller> authenticate(HttpServletRequest request) {
        Optional<String> bearer = Credentials.bearer(request);
        if (bearer.isPresent()) {
            try {
                return Optional.of(Credentials.isOperatorsPath(request)
                        ? callers.operatorByBearer(bearer.get())
                        : councilBearer(bearer.get()));
            } catch (InvalidTokenException e) {
                LOG.fine(() -> "bearer token refused: " + e.getMessage());
                request.setAttribute(Credentials.FAILURE, e.getMessage());
                return Optional.empty();
            }
        }
        Optional<String> session = Credentials.session(request);
        if (session.isPresent() && currentTenant.find().isPresent()) {
            Optional<Caller> caller = callers.bySession(session.get());
            caller.ifPresent(found -> request.setAttribute(Csrf.ATTRIBUTE, csrfToken(session.get())));
            return caller;
        }
        return Optional.empty();
    }

    /** Derived from the session cookie, which a forging site can neither read nor send. */
    private static String csrfToken(String sessionCookie) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("csrf:" + sessionCookie).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Caller councilBearer(String token) throws InvalidTokenException {
        if (currentTenant.find().isEmpty()) {
            throw new InvalidTokenException("no council to check the token against");
        }
        return callers.byBearer(token);
    }
}
