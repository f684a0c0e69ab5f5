package fr.civitas.portal.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.portal.application.Forms;
import fr.civitas.portal.application.NewsEditing;
import fr.civitas.portal.domain.News;
import fr.civitas.portal.domain.NewsRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Editors' screens for news: list, create, edit, preview, publish, unpublish, delete. */
@Path("gestion/actualites")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed({CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
public class NewsEditor {

    /** The fields of the news form, as posted. */
    public static class NewsFields {
        @FormParam("_csrf") String csrf;
        @FormParam("slug") String slug;
        @FormParam("title") String title;
        @FormParam("summary") String summary;
        @FormParam("body") String body;
        @FormParam("date") String date;

        Forms.NewsForm form() {
            return new Forms.NewsForm(slug, title, summary, body, date);
        }

        Map<String, Object> values() {
            return Map.of("slug", PagesEditor.text(slug), "title", PagesEditor.text(title),
                    "summary", PagesEditor.text(summary), "body", PagesEditor.text(body), "date", PagesEditor.text(date));
        }
    }

    @Inject
    NewsEditing editing;

    @Inject
    NewsRepository news;

    @Inject
    PortalViews views;

    @Inject
    CurrentTenant currentTenant;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @GET
    public Response list(@QueryParam("message") String message) {
        return BackOffice.screen(views.render("gestion/actualites", BackOffice.model(request, message, "items", news.all()),
                security));
    }

    @GET
    @Path("nouvelle")
    public Response blank() {
        return BackOffice.screen(form(Map.of("slug", "", "title", "", "summary", "", "body", "",
                "date", LocalDate.now().toString()), Map.of(), null));
    }

    @POST
    public Response create(@BeanParam NewsFields fields) {
        BackOffice.requireToken(request, fields.csrf);
        try {
            editing.create(fields.form(), BackOffice.actor(security));
            return BackOffice.after(currentTenant, "/gestion/actualites", "enregistre");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(form(fields.values(), e.fieldErrors(), null));
        }
    }

    @GET
    @Path("{id}")
    public Response edit(@PathParam("id") String id) {
        News item = editing.find(BackOffice.id(id));
        return BackOffice.screen(form(Map.of("slug", item.slug(), "title", item.title(),
                "summary", PagesEditor.text(item.summary()), "body", item.body().html(),
                "date", item.publishedOn().toString()), Map.of(), item));
    }

    @POST
    @Path("{id}")
    public Response update(@PathParam("id") String id, @BeanParam NewsFields fields) {
        BackOffice.requireToken(request, fields.csrf);
        UUID newsId = BackOffice.id(id);
        try {
            editing.edit(newsId, fields.form(), BackOffice.actor(security));
            return BackOffice.after(currentTenant, "/gestion/actualites", "enregistre");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(form(fields.values(), e.fieldErrors(), editing.find(newsId)));
        }
    }

    @POST
    @Path("{id}/publier")
    public Response publish(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(request, csrf);
        editing.publish(BackOffice.id(id), BackOffice.actor(security));
        return BackOffice.after(currentTenant, "/gestion/actualites", "publie");
    }

    @POST
    @Path("{id}/depublier")
    public Response unpublish(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(request, csrf);
        editing.unpublish(BackOffice.id(id), BackOffice.actor(security));
        return BackOffice.after(currentTenant, "/gestion/actualites", "depublie");
    }

    @POST
    @Path("{id}/supprimer")
    public Response delete(@PathParam("id") String id, @FormParam("_csrf") String csrf) {
        BackOffice.requireToken(request, csrf);
        editing.delete(BackOffice.id(id), BackOffice.actor(security));
        return BackOffice.after(currentTenant, "/gestion/actualites", "supprime");
    }

    @GET
    @Path("{id}/apercu")
    public Response preview(@PathParam("id") String id) {
        News item = editing.find(BackOffice.id(id));
        return BackOffice.screen(views.render("actualite", Map.of("item", Views.NewsView.of(item), "preview", true),
                security));
    }

    private String form(Map<String, Object> values, Map<String, String> errors, News item) {
        return views.render("gestion/actualite-form", BackOffice.model(request, null, "values", values, "errors", errors,
                "item", item == null ? "" : item), security);
    }
}
