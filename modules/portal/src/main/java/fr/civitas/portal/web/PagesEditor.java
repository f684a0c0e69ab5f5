package fr.civitas.portal.web;

import static fr.civitas.portal.web.PostedForm.text;

import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.portal.application.Forms;
import fr.civitas.portal.application.PageEditing;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageRepository;
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
import java.util.List;
import java.util.Map;

/** Editors' screens for pages: list, create, edit, preview, publish, unpublish, delete. */
@Path("gestion/pages")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed({CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
public class PagesEditor extends ContentEditor<Page, Forms.PageForm> {

    /** The fields of the page form, as posted. */
    public static class PageFields implements PostedForm<Forms.PageForm> {
        @FormParam("_csrf") String csrf;
        @FormParam("slug") String slug;
        @FormParam("title") String title;
        @FormParam("summary") String summary;
        @FormParam("body") String body;
        @FormParam("kind") String kind;
        @FormParam("position") String position;
        @FormParam("version") String version;

        @Override
        public String csrf() {
            return csrf;
        }

        @Override
        public Forms.PageForm form() {
            return new Forms.PageForm(slug, title, summary, body, kind, position, version);
        }

        @Override
        public Map<String, Object> values() {
            return Map.of("slug", text(slug), "title", text(title), "summary", text(summary), "body", text(body),
                    "kind", text(kind), "position", text(position), "version", text(version));
        }
    }

    @Inject
    PageEditing editing;

    @Inject
    PageRepository pages;

    @Override
    protected PageEditing editing() {
        return editing;
    }

    @Override
    protected String section() {
        return "pages";
    }

    @Override
    protected List<Page> all() {
        return pages.all();
    }

    @POST
    public Response create(@BeanParam PageFields fields) {
        return saveNew(fields);
    }

    @POST
    @Path("{id}")
    public Response update(@PathParam("id") String id, @BeanParam PageFields fields) {
        return saveChanges(id, fields);
    }

    @Override
    protected Map<String, Object> blank() {
        return Map.of("slug", "", "title", "", "summary", "", "body", "", "kind", "STANDARD", "position", "0", "version", "");
    }

    @Override
    protected Map<String, Object> valuesOf(Page page) {
        return Map.of("slug", page.slug(), "title", page.title(), "summary", text(page.summary()),
                "body", page.body().html(), "kind", page.kind().name(), "position", String.valueOf(page.position()),
                "version", String.valueOf(page.version()));
    }

    @Override
    protected String previewOf(Page page) {
        return views.render("page", Map.of("page", Views.PageView.of(page), "preview", true), security);
    }

    @Override
    protected String form(Map<String, Object> values, Map<String, String> errors, Page page, boolean conflict) {
        return views.render("gestion/page-form", BackOffice.model(formTokens, null, "values", values, "errors", errors,
                "page", page == null ? "" : page, "kinds", List.of("STANDARD", "CONTACT", "LEGAL"),
                "limits", FieldLimits.of(Forms.PageForm.class), "conflict", conflict), security);
    }
}
