package fr.civitas.portal.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.portal.application.Forms;
import fr.civitas.portal.application.NewsEditing;
import fr.civitas.portal.domain.News;
import fr.civitas.portal.domain.NewsRepository;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Editors' screens for news: list, create, edit, preview, publish, unpublish, delete. */
@Path("gestion/actualites")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed({CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
public class NewsEditor extends ContentEditor<News> {

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

    @Override
    protected NewsEditing editing() {
        return editing;
    }

    @Override
    protected String section() {
        return "actualites";
    }

    @Override
    protected java.util.List<News> all() {
        return news.all();
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
            return done("enregistre");
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
            return done("enregistre");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(form(fields.values(), e.fieldErrors(), editing.find(newsId)));
        }
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
