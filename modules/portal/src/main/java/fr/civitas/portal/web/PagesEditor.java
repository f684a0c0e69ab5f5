package fr.civitas.portal.web;

import fr.civitas.kernel.problem.InvalidInputException;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Editors' screens for pages: list, create, edit, preview, publish, unpublish, delete. */
@Path("gestion/pages")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed({CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
public class PagesEditor extends ContentEditor<Page> {

    /** The fields of the page form, as posted. */
    public static class PageFields {
        @FormParam("_csrf") String csrf;
        @FormParam("slug") String slug;
        @FormParam("title") String title;
        @FormParam("summary") String summary;
        @FormParam("body") String body;
        @FormParam("kind") String kind;
        @FormParam("position") String position;

        Forms.PageForm form() {
            return new Forms.PageForm(slug, title, summary, body, kind, position);
        }

        Map<String, Object> values() {
            return Map.of("slug", text(slug), "title", text(title), "summary", text(summary), "body", text(body),
                    "kind", text(kind), "position", text(position));
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
    protected java.util.List<Page> all() {
        return pages.all();
    }

    @GET
    @Path("nouvelle")
    public Response blank() {
        return BackOffice.screen(form(Map.of("slug", "", "title", "", "summary", "", "body", "", "kind", "STANDARD",
                "position", "0"), Map.of(), null));
    }

    @POST
    public Response create(@BeanParam PageFields fields) {
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
    public Response edit(@PathParam("id") String id, @QueryParam("message") String message) {
        Page page = editing.find(BackOffice.id(id));
        return BackOffice.screen(form(Map.of("slug", page.slug(), "title", page.title(), "summary", text(page.summary()),
                "body", page.body().html(), "kind", page.kind().name(), "position", String.valueOf(page.position())),
                Map.of(), page));
    }

    @POST
    @Path("{id}")
    public Response update(@PathParam("id") String id, @BeanParam PageFields fields) {
        BackOffice.requireToken(request, fields.csrf);
        UUID pageId = BackOffice.id(id);
        try {
            editing.edit(pageId, fields.form(), BackOffice.actor(security));
            return done("enregistre");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(form(fields.values(), e.fieldErrors(), editing.find(pageId)));
        }
    }

    /** The page as citizens will see it, drafts included, marked as a preview. */
    @GET
    @Path("{id}/apercu")
    public Response preview(@PathParam("id") String id) {
        Page page = editing.find(BackOffice.id(id));
        return BackOffice.screen(views.render("page", Map.of("page", Views.PageView.of(page), "preview", true), security));
    }

    private String form(Map<String, Object> values, Map<String, String> errors, Page page) {
        return views.render("gestion/page-form", BackOffice.model(request, null, "values", values, "errors", errors,
                "page", page == null ? "" : page, "kinds", java.util.List.of("STANDARD", "CONTACT", "LEGAL")), security);
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
