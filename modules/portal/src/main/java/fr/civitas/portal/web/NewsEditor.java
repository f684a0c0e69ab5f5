package fr.civitas.portal.web;

import static fr.civitas.portal.web.PostedForm.text;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Editors' screens for news: list, create, edit, preview, publish, unpublish, delete. */
@Path("gestion/actualites")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed({CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
public class NewsEditor extends ContentEditor<News, Forms.NewsForm> {

    /** The fields of the news form, as posted. */
    public static class NewsFields implements PostedForm<Forms.NewsForm> {
        @FormParam("_csrf") String csrf;
        @FormParam("slug") String slug;
        @FormParam("title") String title;
        @FormParam("summary") String summary;
        @FormParam("body") String body;
        @FormParam("date") String date;
        @FormParam("version") String version;

        @Override
        public String csrf() {
            return csrf;
        }

        @Override
        public Forms.NewsForm form() {
            return new Forms.NewsForm(slug, title, summary, body, date, version);
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("slug", text(slug), "title", text(title), "summary", text(summary), "body", text(body),
                    "date", text(date), "version", text(version));
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
    protected List<News> all() {
        return news.all();
    }

    @POST
    public Response create(@BeanParam NewsFields fields) {
        return saveNew(fields);
    }

    @POST
    @Path("{id}")
    public Response update(@PathParam("id") String id, @BeanParam NewsFields fields) {
        return saveChanges(id, fields);
    }

    @Override
    protected Map<String, Object> blank() {
        return Map.of("slug", "", "title", "", "summary", "", "body", "", "date", LocalDate.now().toString(), "version", "");
    }

    @Override
    protected Map<String, Object> valuesOf(News item) {
        return Map.of("slug", item.slug(), "title", item.title(), "summary", text(item.summary()),
                "body", item.body().html(), "date", item.publishedOn().toString(), "version", String.valueOf(item.version()));
    }

    @Override
    protected String previewOf(News item) {
        return views.render("actualite", Map.of("item", Views.NewsView.of(item), "preview", true), security);
    }

    @Override
    protected String form(Map<String, Object> values, Map<String, String> errors, News item, boolean conflict) {
        return views.render("gestion/actualite-form", BackOffice.model(formTokens, null, "values", values, "errors", errors,
                "item", item == null ? "" : item, "limits", FieldLimits.of(Forms.NewsForm.class), "conflict", conflict), security);
    }
}
