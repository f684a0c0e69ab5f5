package fr.civitas.portal.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.MenuItem;
import fr.civitas.portal.domain.MenuRepository;
import fr.civitas.portal.domain.MenuTarget;
import fr.civitas.portal.domain.PendingChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Optional;
import java.util.UUID;

/** Editors' work on the main menu: entries added under the top level or under one entry, changed, removed. */
@ApplicationScoped
@Transactional
public class MenuEditing {

    @Inject
    MenuRepository menu;

    @Inject
    PortalChanges changes;

    @Inject
    Validator validator;

    @Inject
    PendingChanges pending;

    public MenuItem add(Forms.MenuForm form, String actor) {
        FieldErrors errors = FieldErrors.check(validator, form);
        UUID parentId = parent(form, null, errors);
        errors.throwIfAny();
        MenuItem item = new MenuItem(UUID.randomUUID(), parentId, form.label().strip(), MenuTarget.parse(form.target()),
                FieldErrors.position(form.position()));
        menu.add(item);
        changes.record(actor, "menu", "added", item.label() + " → " + item.target().value());
        return item;
    }

    /** Changes an entry; a form loaded before someone else's change throws {@link EditConflictException}. */
    public MenuItem edit(UUID id, Forms.MenuForm form, String actor) {
        MenuItem item = find(id);
        FieldErrors errors = FieldErrors.check(validator, form);
        UUID parentId = parent(form, item, errors);
        errors.throwIfAny();
        Versions.requireCurrent(form.version(), item.version());
        item.edit(parentId, form.label().strip(), MenuTarget.parse(form.target()), FieldErrors.position(form.position()));
        Versions.write(pending);
        changes.record(actor, "menu", "edited", item.label() + " → " + item.target().value());
        return item;
    }

    public MenuItem find(UUID id) {
        return menu.byId(id).orElseThrow(
                () -> ProblemException.notFound("menu-item-unknown", PortalTexts.get("erreur.menu-introuvable")));
    }

    public void remove(UUID id, String actor) {
        MenuItem item = find(id);
        menu.remove(item);
        changes.record(actor, "menu", "removed", item.label());
    }

    /** The parent chosen, a top-level entry other than the entry itself (and not one that has entries under it). */
    private UUID parent(Forms.MenuForm form, MenuItem edited, FieldErrors errors) {
        if (!errors.has("target") && !MenuTarget.isValid(form.target().strip())) {
            errors.add("target", "formulaire.cible-menu");
        }
        if (form.parent() == null || form.parent().isBlank() || errors.has("parent")) {
            return null;
        }
        Optional<MenuItem> parent = parse(form.parent()).flatMap(menu::byId).filter(item -> item.parentId() == null);
        boolean acceptable = parent.isPresent() && (edited == null || !parent.get().id().equals(edited.id())
                && menu.all().stream().noneMatch(item -> edited.id().equals(item.parentId())));
        if (!acceptable) {
            errors.add("parent", "formulaire.choix");
            return null;
        }
        return parent.get().id();
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
