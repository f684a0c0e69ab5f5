package fr.civitas.portal.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.portal.application.ContentEditing;
import fr.civitas.portal.application.EditConflictException;
import fr.civitas.portal.domain.Publishable;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The screens editors share for pages, news and démarches: the list, the blank and filled
 * forms, the preview, and the publish, unpublish and delete buttons. Subclasses say how their
 * kind of content fills its form and looks, and receive its posted fields (JAX-RS needs the
 * concrete type of a {@code @BeanParam}).
 */
public abstract class ContentEditor<T extends Publishable, F> extends BackOfficeScreen {

    protected abstract ContentEditing<T, F> editing();

    /** The section of the back-office, as in {@code /gestion/<section>}. */
    protected abstract String section();

    protected abstract List<T> all();

    /** The values of a new item's form. */
    protected abstract Map<String, Object> blank();

    /** The values of the form that edits {@code item}. */
    protected abstract Map<String, Object> valuesOf(T item);

    /** The form page; {@code item} is null for a new one; {@code conflict} when someone else saved it meanwhile. */
    protected abstract String form(Map<String, Object> values, Map<String, String> errors, T item, boolean conflict);

    /** The item as citizens will see it, drafts included, marked as a preview. */
    protected abstract String previewOf(T item);

    @GET
    public Response list(@QueryParam("message") String message) {
        return BackOffice.screen(views.render("gestion/" + section(), BackOffice.model(formTokens, message, "items", all()),
                security));
    }

    @GET
    @Path("nouvelle")
    public Response blankForm() {
        return BackOffice.screen(form(blank(), Map.of(), null, false));
    }

    @GET
    @Path("{id}")
    public Response editForm(@PathParam("id") String id) {
        T item = editing().find(BackOffice.id(id));
        return BackOffice.screen(form(valuesOf(item), Map.of(), item, false));
    }

    @GET
    @Path("{id}/apercu")
    public Response preview(@PathParam("id") String id) {
        return BackOffice.screen(previewOf(editing().find(BackOffice.id(id))));
    }

    /** Creates the item; a refused form comes back with French errors beside its fields and nothing saved. */
    protected Response saveNew(PostedForm<F> posted) {
        BackOffice.requireToken(formTokens, posted.csrf());
        try {
            editing().create(posted.form(), BackOffice.actor(security));
            return done("enregistre");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(form(posted.values(), e.fieldErrors(), null, false));
        }
    }

    /**
     * Changes the item; a refused form comes back with French errors beside its fields, a form
     * loaded before someone else saved the item comes back as typed with the version now current
     * and a message saying so (409): nothing is saved either way.
     */
    protected Response saveChanges(String id, PostedForm<F> posted) {
        BackOffice.requireToken(formTokens, posted.csrf());
        UUID itemId = BackOffice.id(id);
        try {
            editing().edit(itemId, posted.form(), BackOffice.actor(security));
            return done("enregistre");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(form(posted.values(), e.fieldErrors(), editing().find(itemId), false));
        } catch (EditConflictException e) {
            T current = editing().find(itemId);
            Map<String, Object> values = new HashMap<>(posted.values());
            values.put("version", String.valueOf(current.version()));
            return BackOffice.conflict(form(values, Map.of(), current, true));
        }
    }

    @POST
    @Path("{id}/publier")
    public Response publish(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(formTokens, csrf);
        editing().publish(BackOffice.id(id), BackOffice.actor(security));
        return done("publie");
    }

    @POST
    @Path("{id}/depublier")
    public Response unpublish(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(formTokens, csrf);
        editing().unpublish(BackOffice.id(id), BackOffice.actor(security));
        return done("depublie");
    }

    @POST
    @Path("{id}/supprimer")
    public Response delete(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(formTokens, csrf);
        editing().delete(BackOffice.id(id), BackOffice.actor(security));
        return done("supprime");
    }

    protected Response done(String message) {
        return BackOffice.after(address, "/gestion/" + section(), message);
    }
}
