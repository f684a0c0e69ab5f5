package fr.civitas.portal.web;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.portal.application.DemarcheEditing;
import fr.civitas.portal.application.Forms;
import fr.civitas.portal.domain.Demarche;
import fr.civitas.portal.domain.DemarcheRepository;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Editors' screens for the démarches catalogue. */
@Path("gestion/demarches")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed({CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
public class DemarchesEditor extends ContentEditor<Demarche> {

    /** The fields of the démarche form, as posted. */
    public static class DemarcheFields {
        @FormParam("_csrf") String csrf;
        @FormParam("slug") String slug;
        @FormParam("title") String title;
        @FormParam("category") String category;
        @FormParam("summary") String summary;
        @FormParam("audience") String audience;
        @FormParam("steps") String steps;
        @FormParam("documents") String documents;
        @FormParam("cost") String cost;
        @FormParam("delay") String delay;
        @FormParam("online") String online;
        @FormParam("authority") String authority;
        @FormParam("popular") String popular;
        @FormParam("position") String position;

        Forms.DemarcheForm form() {
            return new Forms.DemarcheForm(slug, title, category, summary, audience, steps, documents, cost, delay, online,
                    authority, popular != null, position);
        }

        Map<String, Object> values() {
            Map<String, Object> values = new HashMap<>();
            values.put("slug", PagesEditor.text(slug));
            values.put("title", PagesEditor.text(title));
            values.put("category", PagesEditor.text(category));
            values.put("summary", PagesEditor.text(summary));
            values.put("audience", PagesEditor.text(audience));
            values.put("steps", PagesEditor.text(steps));
            values.put("documents", PagesEditor.text(documents));
            values.put("cost", PagesEditor.text(cost));
            values.put("delay", PagesEditor.text(delay));
            values.put("online", PagesEditor.text(online));
            values.put("authority", PagesEditor.text(authority));
            values.put("popular", popular != null);
            values.put("position", PagesEditor.text(position));
            return values;
        }

        static Map<String, Object> of(Demarche demarche) {
            DemarcheFields fields = new DemarcheFields();
            fields.slug = demarche.slug();
            fields.title = demarche.title();
            fields.category = demarche.category();
            fields.summary = demarche.summary();
            fields.audience = demarche.audience();
            fields.steps = demarche.steps().html();
            fields.documents = String.join("\n", demarche.documents());
            fields.cost = demarche.cost();
            fields.delay = demarche.delay();
            fields.online = demarche.onlineUrl();
            fields.authority = demarche.authority();
            fields.popular = demarche.isPopular() ? "on" : null;
            fields.position = String.valueOf(demarche.position());
            return fields.values();
        }
    }

    @Inject
    DemarcheEditing editing;

    @Inject
    DemarcheRepository demarches;

    @Override
    protected DemarcheEditing editing() {
        return editing;
    }

    @Override
    protected String section() {
        return "demarches";
    }

    @Override
    protected java.util.List<Demarche> all() {
        return demarches.all();
    }

    @GET
    @Path("nouvelle")
    public Response blank() {
        return BackOffice.screen(form(new DemarcheFields().values(), Map.of(), null));
    }

    @POST
    public Response create(@BeanParam DemarcheFields fields) {
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
        Demarche demarche = editing.find(BackOffice.id(id));
        return BackOffice.screen(form(DemarcheFields.of(demarche), Map.of(), demarche));
    }

    @POST
    @Path("{id}")
    public Response update(@PathParam("id") String id, @BeanParam DemarcheFields fields) {
        BackOffice.requireToken(request, fields.csrf);
        UUID demarcheId = BackOffice.id(id);
        try {
            editing.edit(demarcheId, fields.form(), BackOffice.actor(security));
            return done("enregistre");
        } catch (InvalidInputException e) {
            return BackOffice.invalid(form(fields.values(), e.fieldErrors(), editing.find(demarcheId)));
        }
    }

    @GET
    @Path("{id}/apercu")
    public Response preview(@PathParam("id") String id) {
        Demarche demarche = editing.find(BackOffice.id(id));
        return BackOffice.screen(views.render("demarche", Map.of("demarche", Views.DemarcheView.of(demarche),
                "categoryLabel", "", "preview", true), security));
    }

    private String form(Map<String, Object> values, Map<String, String> errors, Demarche demarche) {
        return views.render("gestion/demarche-form", BackOffice.model(request, null, "values", values, "errors", errors,
                "item", demarche == null ? "" : demarche, "categories", demarches.categories(),
                "authorities", DemarcheEditing.AUTHORITIES), security);
    }
}
