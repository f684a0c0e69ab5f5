package fr.civitas.identity.web;

import fr.civitas.identity.application.BrowserLogin;
import fr.civitas.identity.domain.InvalidTokenException;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import java.util.logging.Logger;

/** Login and logout of a council's portal, through the council's realm. */
@Path("/")
@RequestScoped
public class LoginResource {

    private static final Logger LOG = Logger.getLogger(LoginResource.class.getName());
    private static final String AFTER_LOGIN = "/espace";

    @Inject
    BrowserLogin login;

    @Inject
    CurrentTenant currentTenant;

    @Context
    UriInfo uri;

    @GET
    @Path("connexion")
    public Response start(@QueryParam("retour") String returnPath) {
        URI realm = login.start(portalUri("/connexion/retour"), safeReturn(returnPath));
        return Response.seeOther(realm).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("connexion/retour")
    public Response complete(@QueryParam("state") String state, @QueryParam("code") String code,
                             @QueryParam("error") String error) {
        if (error != null || code == null) {
            throw loginFailed();
        }
        try {
            BrowserLogin.Completed completed = login.complete(portalUri("/connexion/retour"), state, code);
            return Response.seeOther(uri.getBaseUriBuilder().replacePath(completed.returnPath()).build())
                    .cookie(sessionCookie(completed.sessionCookie(), -1))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        } catch (InvalidTokenException e) {
            LOG.info(() -> "login of council " + currentTenant.require().id() + " refused: " + e.getMessage());
            throw loginFailed();
        }
    }

    @GET
    @Path("deconnexion")
    public Response logoutLink(@CookieParam(Credentials.SESSION_COOKIE) String session) {
        return logout(session);
    }

    @POST
    @Path("deconnexion")
    public Response logout(@CookieParam(Credentials.SESSION_COOKIE) String session) {
        URI realmLogout = login.logout(session, portalUri("/"));
        return Response.seeOther(realmLogout)
                .cookie(sessionCookie("", 0))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Only a path of this council's portal: never another site, never another council. */
    private String safeReturn(String requested) {
        String portal = currentTenant.portalPath();
        String fallback = portal + AFTER_LOGIN;
        if (requested == null || !requested.startsWith(portal + "/") || requested.startsWith("//")
                || requested.contains("\\") || requested.contains("/../") || requested.length() > 300
                || requested.chars().anyMatch(Character::isISOControl)) {
            return fallback;
        }
        return requested;
    }

    private URI portalUri(String path) {
        return uri.getBaseUriBuilder().replacePath(currentTenant.portalPath() + path).replaceQuery(null).build();
    }

    private NewCookie sessionCookie(String value, int maxAge) {
        return new NewCookie.Builder(Credentials.SESSION_COOKIE)
                .value(value)
                .path(currentTenant.portalPath() + "/")
                .httpOnly(true)
                .secure("https".equals(uri.getBaseUri().getScheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(maxAge)
                .build();
    }

    private static ProblemException loginFailed() {
        return new ProblemException(400, "login-failed", "Connexion impossible",
                "La connexion n'a pas abouti ou a expiré. Recommencez depuis le bouton « Se connecter ».", Map.of());
    }
}
