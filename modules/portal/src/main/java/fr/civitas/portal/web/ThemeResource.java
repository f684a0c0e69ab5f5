package fr.civitas.portal.web;

import fr.civitas.portal.domain.Theme;
import fr.civitas.portal.domain.ThemeRepository;
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

/**
 * The council's colours as stylesheets: one for its portal, one that Keycloak's shared login
 * theme links to, so each council's login pages wear its colours without a Keycloak restart.
 */
@Path("theme")
@RequestScoped
public class ThemeResource {

    private static final String CSS = "text/css;charset=utf-8";
    private static final String FALLBACK_COLOUR = "#000091";

    @Inject
    ThemeRepository themes;

    @Context
    Request request;

    @GET
    @Path("portail.css")
    @Produces(CSS)
    public Response portal() {
        return stylesheet(variables());
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
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(css).tag(tag).cacheControl(cache).build();
    }
}
