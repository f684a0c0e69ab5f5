package fr.civitas.portal.web;

import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.portal.application.ContentEditing;
import fr.civitas.portal.domain.Publishable;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The screens editors share for pages, news and démarches: the list, and the publish,
 * unpublish and delete buttons. Subclasses add the forms of their kind of content.
 */
public abstract class ContentEditor<T extends Publishable> {

    @Inject
    PortalViews views;

    @Inject
    CurrentTenant currentTenant;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    protected abstract ContentEditing<T> editing();

    /** The section of the back-office, as in {@code /gestion/<section>}. */
    protected abstract String section();

    protected abstract List<T> all();

    @GET
    public Response list(@QueryParam("message") String message) {
        return BackOffice.screen(views.render("gestion/" + section(), BackOffice.model(request, message, "items", all()),
                security));
    }

    @POST
    @Path("{id}/publier")
    public Response publish(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(request, csrf);
        editing().publish(BackOffice.id(id), BackOffice.actor(security));
        return done("publie");
    }

    @POST
    @Path("{id}/depublier")
    public Response unpublish(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(request, csrf);
        editing().unpublish(BackOffice.id(id), BackOffice.actor(security));
        return done("depublie");
    }

    @POST
    @Path("{id}/supprimer")
    public Response delete(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(request, csrf);
        editing().delete(BackOffice.id(id), BackOffice.actor(security));
        return done("supprime");
    }

    protected Response done(String message) {
        return BackOffice.after(currentTenant, "/gestion/" + section(), message);
    }
}
