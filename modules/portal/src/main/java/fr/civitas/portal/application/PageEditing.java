package fr.civitas.portal.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageKind;
import fr.civitas.portal.domain.PageRepository;
import fr.civitas.portal.domain.SafeHtml;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Editors' work on pages; the home page can be neither unpublished nor deleted. */
@ApplicationScoped
@Transactional
public class PageEditing extends ContentEditing<Page, Forms.PageForm> {

    @Inject
    PageRepository pages;

    @Override
    public Page create(Forms.PageForm form, String actor) {
        FieldErrors errors = FieldErrors.check(validator, form, Forms.Creation.class);
        Page.PageText text = text(form, errors);
        String slug = FieldErrors.required(form.slug());
        if (!errors.has("slug") && pages.exists(slug)) {
            errors.add("slug", "formulaire.identifiant-pris");
        }
        errors.throwIfAny();
        Page page = new Page(UUID.randomUUID(), slug, text, false, clock.instant(), actor);
        pages.add(page);
        done(actor, "created", slug);
        return page;
    }

    @Override
    public Page edit(UUID id, Forms.PageForm form, String actor) {
        Page page = find(id);
        FieldErrors errors = FieldErrors.check(validator, form);
        Page.PageText text = text(form, errors);
        errors.throwIfAny();
        Versions.requireCurrent(form.version(), page.version());
        page.edit(text, clock.instant(), actor);
        Versions.write(pending);
        done(actor, "edited", page.slug());
        return page;
    }

    @Override
    public void unpublish(UUID id, String actor) {
        refuseHome(find(id));
        super.unpublish(id, actor);
    }

    @Override
    public void delete(UUID id, String actor) {
        refuseHome(find(id));
        super.delete(id, actor);
    }

    @Override
    public Page find(UUID id) {
        return pages.byId(id).orElseThrow(() -> ProblemException.notFound("page-unknown", PortalTexts.get("erreur.page-introuvable")));
    }

    @Override
    protected void remove(Page page) {
        pages.remove(page);
    }

    @Override
    protected String kind() {
        return "page";
    }

    private static void refuseHome(Page page) {
        if (page.isHome()) {
            throw ProblemException.conflict("home-page", PortalTexts.get("gestion.accueil-obligatoire"));
        }
    }

    private static Page.PageText text(Forms.PageForm form, FieldErrors errors) {
        String kindName = form.kind() == null || form.kind().isBlank() ? "STANDARD" : form.kind().strip().toUpperCase(Locale.ROOT);
        PageKind kind = Arrays.stream(PageKind.values()).filter(known -> known.name().equals(kindName)).findFirst()
                .orElse(PageKind.STANDARD);
        if (!kind.name().equals(kindName)) {
            errors.add("kind", "formulaire.choix");
        }
        return new Page.PageText(FieldErrors.required(form.title()), FieldErrors.optional(form.summary()),
                SafeHtml.clean(form.body()), kind, FieldErrors.position(form.position()));
    }
}
