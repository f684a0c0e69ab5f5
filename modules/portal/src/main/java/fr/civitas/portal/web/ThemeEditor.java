package fr.civitas.portal.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.portal.application.EditConflictException;
import fr.civitas.portal.application.Forms;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Council admins' screen for the council's colours, logo and links. */
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
        return BackOffice.screen(screen(message, saved(), Map.of(), false));
    }

    @POST
    public Response update(@FormParam("_csrf") String csrf, @FormParam("colour") String colour, @FormParam("logo") String logo,
                           @FormParam("header") String header, @FormParam("footer") String footer,
                           @FormParam("version") String version) {
        BackOffice.requireToken(formTokens, csrf);
        Map<String, Object> typed = Map.of("colour", PostedForm.text(colour), "logo", PostedForm.text(logo),
                "header", PostedForm.text(header), "footer", PostedForm.text(footer), "version", PostedForm.text(version));
        try {
            settings.update(new Forms.ThemeForm(colour, logo, header, footer, version), BackOffice.actor(security));
            return BackOffice.after(address, "/gestion/theme", "enregistre");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(screen(null, typed, e.fieldErrors(), false));
        } catch (EditConflictException e) {
            Map<String, Object> values = new HashMap<>(typed);
            values.put("version", saved().get("version"));
            return BackOffice.conflict(screen(null, values, Map.of(), true));
        }
    }

    /** The theme as saved, as the form shows it. */
    private Map<String, Object> saved() {
        Optional<Theme> theme = themes.current();
        return Map.of("colour", theme.map(Theme::primaryColour).orElse("#000091"),
                "logo", theme.flatMap(Theme::logoMediaId).map(Object::toString).orElse(""),
                "header", theme.map(found -> lines(found.headerLinks())).orElse(""),
                "footer", theme.map(found -> lines(found.footerLinks())).orElse(""),
                "version", theme.map(found -> String.valueOf(found.version())).orElse(""));
    }

    private String screen(String message, Map<String, Object> values, Map<String, String> errors, boolean conflict) {
        return views.render("gestion/theme", BackOffice.model(formTokens, message, "values", values,
                "images", media.summaries(), "errors", errors, "limits", FieldLimits.of(Forms.ThemeForm.class),
                "conflict", conflict), security);
    }

    private static String lines(List<ThemeLink> links) {
        return String.join("\n", links.stream().map(ThemeLink::line).toList());
    }
}
