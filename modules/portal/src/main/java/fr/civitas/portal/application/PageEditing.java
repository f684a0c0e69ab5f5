package fr.civitas.portal.application;

import fr.civitas.kernel.audit.AuditLog;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageKind;
import fr.civitas.portal.domain.PageRepository;
import fr.civitas.portal.domain.SafeHtml;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

/** Editors' work on pages: create, edit, publish, unpublish, delete — each one audited. */
@ApplicationScoped
@Transactional
public class PageEditing {

    @Inject
    PageRepository pages;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    Clock clock;

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
        done(actor, "portal.page.created", slug);
        return page;
    }

    public Page edit(UUID id, Forms.PageForm form, String actor) {
        Page page = find(id);
        FieldErrors errors = new FieldErrors();
        Page.PageText text = text(form, errors);
        errors.throwIfAny();
        page.edit(text, clock.instant(), actor);
        done(actor, "portal.page.edited", page.slug());
        return page;
    }

    public void publish(UUID id, String actor) {
        Page page = find(id);
        page.publish(clock.instant(), actor);
        done(actor, "portal.page.published", page.slug());
    }

    public void unpublish(UUID id, String actor) {
        Page page = find(id);
        if (page.isHome()) {
            throw ProblemException.conflict("home-page", PortalTexts.get("gestion.accueil-obligatoire"));
        }
        page.unpublish(clock.instant(), actor);
        done(actor, "portal.page.unpublished", page.slug());
    }

    public void delete(UUID id, String actor) {
        Page page = find(id);
        if (page.isHome()) {
            throw ProblemException.conflict("home-page", PortalTexts.get("gestion.accueil-obligatoire"));
        }
        pages.remove(page);
        done(actor, "portal.page.deleted", page.slug());
    }

    public Page find(UUID id) {
        return pages.byId(id).orElseThrow(() -> ProblemException.notFound("page-unknown", PortalTexts.get("erreur.page-introuvable")));
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

    private void done(String actor, String action, String slug) {
        audit.record(actor, action, slug);
        changed.fire(new ContentChanged(action));
    }
}
