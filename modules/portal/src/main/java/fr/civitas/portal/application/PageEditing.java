package fr.civitas.portal.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageKind;
import fr.civitas.portal.domain.PageRepository;
import fr.civitas.portal.domain.SafeHtml;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
        FieldErrors errors = new FieldErrors();
        String slug = errors.slug("slug", form.slug());
        Page.PageText text = text(form, errors);
        if (!slug.isEmpty() && pages.exists(slug)) {
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
        FieldErrors errors = new FieldErrors();
        Page.PageText text = text(form, errors);
        errors.throwIfAny();
        page.edit(text, clock.instant(), actor);
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
        String title = errors.required("title", form.title(), 200);
        String summary = errors.optional("summary", form.summary(), 500);
        String body = errors.required("body", form.body(), 100_000);
        PageKind kind = PageKind.STANDARD;
        try {
            kind = PageKind.valueOf(form.kind() == null ? "STANDARD" : form.kind().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("kind", "formulaire.choix");
        }
        int position = errors.integer("position", form.position());
        return new Page.PageText(title, summary, SafeHtml.clean(body), kind, position);
    }
}
