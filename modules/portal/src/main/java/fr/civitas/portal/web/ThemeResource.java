package fr.civitas.portal.web;

import fr.civitas.portal.domain.Theme;
import fr.civitas.portal.domain.ThemeRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The council's stylesheets: the portal's base styles with the council's colours as CSS custom
 * properties, and the colours alone for Keycloak's shared login theme, so each council's login
 * pages wear its colours without a Keycloak restart.
 */
@Path("theme")
@RequestScoped
@PermitAll
public class ThemeResource {

    private static final String CSS = "text/css;charset=utf-8";
    private static final String FALLBACK_COLOUR = "#000091";
    private static final String BASE_CSS = read("/static/portail.css");

    @Inject
    ThemeRepository themes;

    @Context
    Request request;

    @GET
    @Path("portail.css")
    @Produces(CSS)
    public Response portal() {
        return stylesheet(variables() + BASE_CSS);
    }

    @GET
    @Path("login.css")
    @Produces(CSS)
    public Response login() {
        return stylesheet(variables());
    }

    private String variables() {
        String colour = themes.current().map(Theme::primaryColour).orElse(FALLBACK_COLOUR);
        // the colour was checked to be #rrggbb when stored: nothing else can reach the stylesheet
        return ":root {\n  --couleur-principale: " + colour + ";\n}\n";
    }

    private Response stylesheet(String css) {
        EntityTag tag = new EntityTag(Integer.toHexString(css.hashCode()));
        // the address carries no version: browsers ask each time, and a 304 answers when unchanged
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(css);
        return answer.tag(tag).cacheControl(cache).build();
    }

    private static String read(String resource) {
        try (InputStream in = ThemeResource.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
