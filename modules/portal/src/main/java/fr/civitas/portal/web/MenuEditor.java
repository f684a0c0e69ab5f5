package fr.civitas.portal.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.portal.application.EditConflictException;
import fr.civitas.portal.application.Forms;
import fr.civitas.portal.application.MenuEditing;
import fr.civitas.portal.domain.MenuItem;
import fr.civitas.portal.domain.MenuRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Editors' screens for the main menu: the entries, one added, one changed, one removed. */
@Path("gestion/menu")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed({CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
public class MenuEditor extends BackOfficeScreen {

    /** The fields of the menu entry form, as posted. */
    public static class MenuFields {
        @FormParam("_csrf") String csrf;
        @FormParam("label") String label;
        @FormParam("target") String target;
        @FormParam("parent") String parent;
        @FormParam("position") String position;
        @FormParam("version") String version;

        Forms.MenuForm form() {
            return new Forms.MenuForm(label, target, parent, position, version);
        }

        Map<String, Object> values() {
            return Map.of("label", PostedForm.text(label), "target", PostedForm.text(target), "parent", PostedForm.text(parent),
                    "position", PostedForm.text(position), "version", PostedForm.text(version));
        }

        static Map<String, Object> of(MenuItem item) {
            return Map.of("label", item.label(), "target", item.target().value(),
                    "parent", item.parentId() == null ? "" : item.parentId().toString(),
                    "position", String.valueOf(item.position()), "version", String.valueOf(item.version()));
        }
    }

    @Inject
    MenuEditing editing;

    @Inject
    MenuRepository menu;

    @GET
    public Response show(@QueryParam("message") String message) {
        return BackOffice.screen(screen(message, Map.of("label", "", "target", "", "parent", "", "position", "0", "version", ""),
                Map.of()));
    }

    @POST
    public Response add(@BeanParam MenuFields fields) {
        BackOffice.requireToken(formTokens, fields.csrf);
        try {
            editing.add(fields.form(), BackOffice.actor(security));
            return BackOffice.after(address, "/gestion/menu", "ajoute");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(screen(null, fields.values(), e.fieldErrors()));
        }
    }

    @GET
    @Path("{id}")
    public Response editForm(@PathParam("id") String id) {
        MenuItem item = editing.find(BackOffice.id(id));
        return BackOffice.screen(form(item, MenuFields.of(item), Map.of(), false));
    }

    /** Changes an entry; a form loaded before someone else's change comes back as typed, with a message (409). */
    @POST
    @Path("{id}")
    public Response update(@PathParam("id") String id, @BeanParam MenuFields fields) {
        BackOffice.requireToken(formTokens, fields.csrf);
        UUID itemId = BackOffice.id(id);
        try {
            editing.edit(itemId, fields.form(), BackOffice.actor(security));
            return BackOffice.after(address, "/gestion/menu", "enregistre");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(form(editing.find(itemId), fields.values(), e.fieldErrors(), false));
        } catch (EditConflictException e) {
            MenuItem current = editing.find(itemId);
            Map<String, Object> values = new HashMap<>(fields.values());
            values.put("version", String.valueOf(current.version()));
            return BackOffice.conflict(form(current, values, Map.of(), true));
        }
    }

    @POST
    @Path("{id}/supprimer")
    public Response remove(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(formTokens, csrf);
        editing.remove(BackOffice.id(id), BackOffice.actor(security));
        return BackOffice.after(address, "/gestion/menu", "supprime");
    }

    private String screen(String message, Map<String, Object> values, Map<String, String> errors) {
        var items = menu.all();
        return views.render("gestion/menu", BackOffice.model(formTokens, message, "items", items,
                "tops", items.stream().filter(item -> item.parentId() == null).toList(),
                "values", values, "errors", errors, "limits", FieldLimits.of(Forms.MenuForm.class)), security);
    }

    private String form(MenuItem item, Map<String, Object> values, Map<String, String> errors, boolean conflict) {
        var tops = menu.all().stream().filter(top -> top.parentId() == null && !top.id().equals(item.id())).toList();
        return views.render("gestion/menu-form", BackOffice.model(formTokens, null, "item", item, "tops", tops,
                "values", values, "errors", errors, "limits", FieldLimits.of(Forms.MenuForm.class), "conflict", conflict),
                security);
    }
}
