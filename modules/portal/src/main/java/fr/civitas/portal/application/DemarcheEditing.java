package fr.civitas.portal.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.Demarche;
import fr.civitas.portal.domain.DemarcheRepository;
import fr.civitas.portal.domain.SafeHtml;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Editors' work on the démarches catalogue. */
@ApplicationScoped
@Transactional
public class DemarcheEditing extends ContentEditing<Demarche, Forms.DemarcheForm> {

    /** Who may be competent for a démarche. */
    public static final List<String> AUTHORITIES = List.of("commune", "epci", "departement", "region", "etat", "caf", "sdis");

    @Inject
    DemarcheRepository demarches;

    @Override
    public Demarche create(Forms.DemarcheForm form, String actor) {
        FieldErrors errors = new FieldErrors();
        String slug = errors.slug("slug", form.slug());
        Demarche.DemarcheText text = text(form, errors);
        if (!slug.isEmpty() && demarches.exists(slug)) {
            errors.add("slug", "formulaire.identifiant-pris");
        }
        errors.throwIfAny();
        Demarche demarche = new Demarche(UUID.randomUUID(), slug, text, clock.instant(), actor);
        demarches.add(demarche);
        done(actor, "created", slug);
        return demarche;
    }

    @Override
    public Demarche edit(UUID id, Forms.DemarcheForm form, String actor) {
        Demarche demarche = find(id);
        FieldErrors errors = new FieldErrors();
        Demarche.DemarcheText text = text(form, errors);
        errors.throwIfAny();
        demarche.edit(text, clock.instant(), actor);
        done(actor, "edited", demarche.slug());
        return demarche;
    }

    @Override
    public Demarche find(UUID id) {
        return demarches.byId(id).orElseThrow(
                () -> ProblemException.notFound("demarche-unknown", PortalTexts.get("erreur.demarche-introuvable")));
    }

    @Override
    protected void remove(Demarche demarche) {
        demarches.remove(demarche);
    }

    @Override
    protected String kind() {
        return "demarche";
    }

    private Demarche.DemarcheText text(Forms.DemarcheForm form, FieldErrors errors) {
        String title = errors.required("title", form.title(), 200);
        String category = errors.required("category", form.category(), 80);
        if (!category.isEmpty() && demarches.category(category).isEmpty()) {
            errors.add("category", "formulaire.choix");
        }
        String summary = errors.optional("summary", form.summary(), 500);
        String audience = errors.optional("audience", form.audience(), 1000);
        String steps = errors.required("steps", form.steps(), 100_000);
        List<String> documents = form.documents() == null ? List.of()
                : Arrays.stream(errors.storable("documents", form.documents()).split("\\R")).map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
        String cost = errors.optional("cost", form.cost(), 200);
        String delay = errors.optional("delay", form.delay(), 200);
        String online = errors.optional("online", form.online(), 500);
        if (online != null && !isHttps(online)) {
            errors.add("online", "formulaire.lien-https");
        }
        String authority = form.authority() == null || form.authority().isBlank() ? "commune" : form.authority().strip();
        if (!AUTHORITIES.contains(authority)) {
            errors.add("authority", "formulaire.choix");
        }
        int position = errors.integer("position", form.position());
        return new Demarche.DemarcheText(title, category, summary, audience, SafeHtml.clean(steps), documents, cost, delay,
                online, authority, form.popular(), position);
    }

    private static boolean isHttps(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
