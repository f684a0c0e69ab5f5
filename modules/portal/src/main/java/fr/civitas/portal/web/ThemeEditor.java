package fr.civitas.portal.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.portal.application.ThemeSettings;
import fr.civitas.portal.domain.MediaRepository;
import fr.civitas.portal.domain.Theme;
import fr.civitas.portal.domain.ThemeLink;
import fr.civitas.portal.domain.ThemeRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Council admins' screen for the council's colours and logo. */
@Path("gestion/theme")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed(CouncilRole.COUNCIL_ADMIN)
public class ThemeEditor extends BackOfficeScreen {

    @Inject
    ThemeSettings settings;

    @Inject
    ThemeRepository themes;

    @Inject
    MediaRepository media;

    @GET
    public Response show(@QueryParam("message") String message) {
        String colour = themes.current().map(Theme::primaryColour).orElse("#000091");
        String logo = themes.current().flatMap(Theme::logoMediaId).map(Object::toString).orElse("");
        String header = themes.current().map(theme -> lines(theme.headerLinks())).orElse("");
        String footer = themes.current().map(theme -> lines(theme.footerLinks())).orElse("");
        return BackOffice.screen(screen(message, Map.of("colour", colour, "logo", logo, "header", header, "footer", footer),
                Map.of()));
    }

    @POST
    public Response update(@FormParam("_csrf") String csrf, @FormParam("colour") String colour, @FormParam("logo") String logo,
                           @FormParam("header") String header, @FormParam("footer") String footer) {
        BackOffice.requireToken(request, csrf);
        try {
            settings.update(colour, logo, header, footer, BackOffice.actor(security));
            return BackOffice.after(address, "/gestion/theme", "enregistre");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(screen(null, Map.of("colour", PostedForm.text(colour), "logo", PostedForm.text(logo),
                    "header", PostedForm.text(header), "footer", PostedForm.text(footer)), e.fieldErrors()));
        }
    }

    private String screen(String message, Map<String, Object> values, Map<String, String> errors) {
        return views.render("gestion/theme", BackOffice.model(request, message, "values", values,
                "images", media.summaries(), "errors", errors), security);
    }

    private static String lines(java.util.List<ThemeLink> links) {
        return String.join("\n", links.stream().map(ThemeLink::line).toList());
    }
}
