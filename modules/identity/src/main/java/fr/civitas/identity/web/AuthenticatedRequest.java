package fr.civitas.identity.web;

import fr.civitas.identity.domain.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.security.Principal;

/**
 * The request as the rest of the application sees it once its caller is known: the caller's
 * username as principal, the realm roles as roles.
 */
final class AuthenticatedRequest extends HttpServletRequestWrapper {

    static final String AUTH_TYPE = "OIDC";

    private final Caller caller;

    AuthenticatedRequest(HttpServletRequest request, Caller caller) {
        super(request);
        this.caller = caller;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller::username;
    }

    @Override
    public String getRemoteUser() {
        return caller.username();
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.hasRole(role);
    }

    @Override
    public String getAuthType() {
        return AUTH_TYPE;
    }
}
