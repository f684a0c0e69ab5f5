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
        FieldErrors errors = FieldErrors.check(validator, form, Forms.Creation.class);
        Demarche.DemarcheText text = text(form, errors);
        String slug = FieldErrors.required(form.slug());
        if (!errors.has("slug") && demarches.exists(slug)) {
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
        FieldErrors errors = FieldErrors.check(validator, form);
        Demarche.DemarcheText text = text(form, errors);
        errors.throwIfAny();
        Versions.requireCurrent(form.version(), demarche.version());
        demarche.edit(text, clock.instant(), actor);
        Versions.write(pending);
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
        String category = FieldErrors.required(form.category());
        if (!errors.has("category") && demarches.category(category).isEmpty()) {
            errors.add("category", "formulaire.choix");
        }
        List<String> documents = form.documents() == null ? List.of()
                : Arrays.stream(form.documents().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        String online = FieldErrors.optional(form.online());
        if (online != null && !isHttps(online)) {
            errors.add("online", "formulaire.lien-https");
        }
        String authority = form.authority() == null || form.authority().isBlank() ? "commune" : form.authority().strip();
        if (!AUTHORITIES.contains(authority)) {
            errors.add("authority", "formulaire.choix");
        }
        return new Demarche.DemarcheText(FieldErrors.required(form.title()), category, FieldErrors.optional(form.summary()),
                FieldErrors.optional(form.audience()), SafeHtml.clean(form.steps()), documents, FieldErrors.optional(form.cost()),
                FieldErrors.optional(form.delay()), online, authority, form.popular(), FieldErrors.position(form.position()));
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
