package fr.civitas.identity.web;

import fr.civitas.identity.domain.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;
import java.util.Optional;

/**
 * The request as the rest of the application sees it: the caller's username as principal, the
 * realm roles as roles — found out the first time someone asks.
 */
final class AuthenticatedRequest extends HttpServletRequestWrapper {

    static final String AUTH_TYPE = "OIDC";

    private final RequestCredentials credentials;

    AuthenticatedRequest(HttpServletRequest request, RequestCredentials credentials) {
        super(request);
        this.credentials = credentials;
    }

    @Override
    public Principal getUserPrincipal() {
        Optional<Caller> caller = credentials.caller();
        return caller.<Principal>map(found -> found::username).orElse(null);
    }

    @Override
    public String getRemoteUser() {
        return credentials.caller().map(Caller::username).orElse(null);
    }

    @Override
    public boolean isUserInRole(String role) {
        return credentials.caller().filter(caller -> caller.hasRole(role)).isPresent();
    }

    @Override
    public String getAuthType() {
        return credentials.caller().isPresent() ? AUTH_TYPE : null;
    }
}
