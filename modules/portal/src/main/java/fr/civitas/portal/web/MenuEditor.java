package fr.civitas.portal.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.portal.application.MenuEditing;
import fr.civitas.portal.domain.MenuRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Editors' screen for the main menu. */
@Path("gestion/menu")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed({CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
public class MenuEditor extends BackOfficeScreen {

    @Inject
    MenuEditing editing;

    @Inject
    MenuRepository menu;

    @GET
    public Response show(@QueryParam("message") String message) {
        return BackOffice.screen(screen(message, Map.of("label", "", "target", "", "parent", "", "position", "0"), Map.of()));
    }

    @POST
    public Response add(@FormParam("_csrf") String csrf, @FormParam("label") String label, @FormParam("target") String target,
                        @FormParam("parent") String parent, @FormParam("position") String position) {
        BackOffice.requireToken(request, csrf);
        try {
            editing.add(label, target, parent, position, BackOffice.actor(security));
            return BackOffice.after(address, "/gestion/menu", "ajoute");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(screen(null, Map.of("label", PostedForm.text(label), "target", PostedForm.text(target),
                    "parent", PostedForm.text(parent), "position", PostedForm.text(position)), e.fieldErrors()));
        }
    }

    @POST
    @Path("{id}/supprimer")
    public Response remove(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(request, csrf);
        editing.remove(BackOffice.id(id), BackOffice.actor(security));
        return BackOffice.after(address, "/gestion/menu", "supprime");
    }

    private String screen(String message, Map<String, Object> values, Map<String, String> errors) {
        var items = menu.all();
        return views.render("gestion/menu", BackOffice.model(request, message, "items", items,
                "tops", items.stream().filter(item -> item.parentId() == null).toList(),
                "values", values, "errors", errors), security);
    }
}
