package fr.civitas.portal.web;

import static fr.civitas.portal.web.PostedForm.text;

import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.portal.application.DemarcheEditing;
import fr.civitas.portal.application.Forms;
import fr.civitas.portal.domain.Demarche;
import fr.civitas.portal.domain.DemarcheCategory;
import fr.civitas.portal.domain.DemarcheRepository;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Editors' screens for the démarches catalogue. */
@Path("gestion/demarches")
@RequestScoped
@Produces(MediaType.TEXT_HTML + ";charset=utf-8")
@RolesAllowed({CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN})
public class DemarchesEditor extends ContentEditor<Demarche, Forms.DemarcheForm> {

    /** The fields of the démarche form, as posted. */
    public static class DemarcheFields implements PostedForm<Forms.DemarcheForm> {
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
        @FormParam("version") String version;

        @Override
        public String csrf() {
            return csrf;
        }

        @Override
        public Forms.DemarcheForm form() {
            return new Forms.DemarcheForm(slug, title, category, summary, audience, steps, documents, cost, delay, online,
                    authority, popular != null, position, version);
        }

        @Override
        public Map<String, Object> values() {
            Map<String, Object> values = new HashMap<>();
            values.put("slug", text(slug));
            values.put("title", text(title));
            values.put("category", text(category));
            values.put("summary", text(summary));
            values.put("audience", text(audience));
            values.put("steps", text(steps));
            values.put("documents", text(documents));
            values.put("cost", text(cost));
            values.put("delay", text(delay));
            values.put("online", text(online));
            values.put("authority", text(authority));
            values.put("popular", popular != null);
            values.put("position", text(position));
            values.put("version", text(version));
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
            fields.version = String.valueOf(demarche.version());
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
    protected List<Demarche> all() {
        return demarches.all();
    }

    @POST
    public Response create(@BeanParam DemarcheFields fields) {
        return saveNew(fields);
    }

    @POST
    @Path("{id}")
    public Response update(@PathParam("id") String id, @BeanParam DemarcheFields fields) {
        return saveChanges(id, fields);
    }

    @Override
    protected Map<String, Object> blank() {
        return new DemarcheFields().values();
    }

    @Override
    protected Map<String, Object> valuesOf(Demarche demarche) {
        return DemarcheFields.of(demarche);
    }

    @Override
    protected String previewOf(Demarche demarche) {
        String categoryLabel = demarches.category(demarche.category()).map(DemarcheCategory::label).orElse("");
        return views.render("demarche", Map.of("demarche", Views.DemarcheView.of(demarche), "categoryLabel", categoryLabel,
                "preview", true), security);
    }

    @Override
    protected String form(Map<String, Object> values, Map<String, String> errors, Demarche demarche, boolean conflict) {
        return views.render("gestion/demarche-form", BackOffice.model(formTokens, null, "values", values, "errors", errors,
                "item", demarche == null ? "" : demarche, "categories", demarches.categories(),
                "authorities", DemarcheEditing.AUTHORITIES, "limits", FieldLimits.of(Forms.DemarcheForm.class),
                "conflict", conflict), security);
    }
}
