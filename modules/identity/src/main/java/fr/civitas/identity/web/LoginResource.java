package fr.civitas.identity.web;

import fr.civitas.identity.application.BrowserLogin;
import fr.civitas.identity.application.IdentitySettings;
import fr.civitas.identity.application.LoginThrottle;
import fr.civitas.identity.domain.InvalidTokenException;
import fr.civitas.identity.domain.LoginAttempt;
import fr.civitas.identity.spi.FormTokens;
import fr.civitas.identity.spi.PublicAddress;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
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
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Logger;

/** Login and logout of a council's portal, through the council's realm. */
@Path("/")
@RequestScoped
@PermitAll
public class LoginResource {

    private static final Logger LOG = Logger.getLogger(LoginResource.class.getName());
    private static final String AFTER_LOGIN = "/espace";
    private static final String CALLBACK = "/connexion/retour";
    /** Holds the state of a login under way, so that only the browser that started it may finish it. */
    static final String LOGIN_COOKIE = "civitas_login";

    @Inject
    BrowserLogin login;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    IdentitySettings settings;

    @Inject
    LoginThrottle throttle;

    @Inject
    FormTokens formTokens;

    @Inject
    PublicAddress address;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Path("connexion")
    public Response start(@QueryParam("retour") String returnPath) {
        if (!throttle.allow(request.getRemoteAddr())) {
            throw new ProblemException(429, "too-many-logins", IdentityTexts.get("connexion.trop-de-tentatives"),
                    IdentityTexts.get("connexion.trop-de-tentatives.detail"), Map.of());
        }
        BrowserLogin.Started started = login.start(portalUri(CALLBACK), safeReturn(returnPath));
        return Response.seeOther(started.realmLogin())
                .cookie(loginCookie(started.state(), (int) LoginAttempt.LIFETIME.toSeconds()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("connexion/retour")
    public Response complete(@QueryParam("state") String state, @QueryParam("code") String code,
                             @QueryParam("error") String error, @CookieParam(LOGIN_COOKIE) String browserState) {
        if (error != null || code == null) {
            throw loginFailed();
        }
        try {
            BrowserLogin.Completed completed = login.complete(portalUri(CALLBACK), state, browserState, code);
            return Response.seeOther(afterLogin(completed.returnPath()))
                    .cookie(sessionCookie(completed.sessionCookie(), -1), loginCookie("", 0))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        } catch (InvalidTokenException e) {
            LOG.info(() -> "login of council " + currentTenant.require().id() + " refused: " + e.getMessage());
            throw loginFailed();
        }
    }

    /** A form of the portal only: another site can neither link to it nor post it (the token). */
    @POST
    @Path("deconnexion")
    public Response logout(@CookieParam(Credentials.SESSION_COOKIE) String session, @FormParam(FormTokens.FIELD) String token) {
        if (formTokens.current().isEmpty()) {
            return Response.seeOther(portalUri("/")).cookie(sessionCookie("", 0)).header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        if (!formTokens.accepts(token)) {
            throw new ProblemException(403, "form-expired", IdentityTexts.get("formulaire.expire"),
                    IdentityTexts.get("formulaire.expire.detail"), Map.of());
        }
        URI realmLogout = login.logout(session, portalUri("/"));
        return Response.seeOther(realmLogout)
                .cookie(sessionCookie("", 0))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * Only a path of this council's portal: never another site, never another council. Escapes
     * and dot segments are refused outright, since a browser would resolve them after our check;
     * so is anything but a relative reference in printable ASCII, as our own links are.
     */
    private String safeReturn(String requested) {
        String portal = currentTenant.portalPath();
        String fallback = portal + AFTER_LOGIN;
        if (requested == null || !requested.startsWith(portal + "/") || requested.startsWith("//")
                || requested.contains("\\") || requested.contains("%") || requested.length() > 300
                || hasDotSegment(requested) || !requested.chars().allMatch(c -> c > ' ' && c < 0x7f)
                || !isRelativeReference(requested)) {
            return fallback;
        }
        return requested;
    }

    private static boolean isRelativeReference(String path) {
        try {
            URI reference = new URI(path);
            return reference.getScheme() == null && reference.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean hasDotSegment(String path) {
        return Arrays.stream(path.split("[/?#]", -1)).anyMatch(segment -> segment.equals("..") || segment.equals("."));
    }

    /** The page the login was started from, a path of this portal (checked by {@link #safeReturn}). */
    private URI afterLogin(String returnPath) {
        String portal = currentTenant.portalPath();
        return portalUri(returnPath.startsWith(portal + "/") ? returnPath.substring(portal.length()) : AFTER_LOGIN);
    }

    private URI portalUri(String path) {
        return address.portal(path);
    }

    private NewCookie loginCookie(String value, int maxAge) {
        return cookie(LOGIN_COOKIE, value, currentTenant.portalPath() + CALLBACK, maxAge);
    }

    private NewCookie sessionCookie(String value, int maxAge) {
        return cookie(Credentials.SESSION_COOKIE, value, currentTenant.portalPath() + "/", maxAge);
    }

    private NewCookie cookie(String name, String value, String path, int maxAge) {
        return new NewCookie.Builder(name)
                .value(value)
                .path(path)
                .httpOnly(true)
                .secure("https".equals(uri.getBaseUri().getScheme()) || "https".equals(settings.publicUrl().getScheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(maxAge)
                .build();
    }

    private static ProblemException loginFailed() {
        return new ProblemException(400, "login-failed", IdentityTexts.get("connexion.impossible"),
                IdentityTexts.get("connexion.impossible.detail"), Map.of());
    }
}
