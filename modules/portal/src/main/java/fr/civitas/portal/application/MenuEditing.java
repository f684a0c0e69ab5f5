package fr.civitas.portal.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.MenuItem;
import fr.civitas.portal.domain.MenuRepository;
import fr.civitas.portal.domain.MenuTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Editors' work on the main menu: entries added under the top level or under one entry, removed. */
@ApplicationScoped
@Transactional
public class MenuEditing {

    @Inject
    MenuRepository menu;

    @Inject
    PortalChanges changes;

    public MenuItem add(String label, String target, String parent, String position, String actor) {
        FieldErrors errors = new FieldErrors();
        String cleanLabel = errors.required("label", label, 120);
        String cleanTarget = target == null ? "" : target.strip();
        if (cleanTarget.length() > MenuTarget.MAX_LENGTH) {
            errors.add("target", "formulaire.trop-long", MenuTarget.MAX_LENGTH);
        } else if (!MenuTarget.isValid(cleanTarget)) {
            errors.add("target", "formulaire.cible-menu");
        }
        UUID parentId = null;
        if (parent != null && !parent.isBlank()) {
            parentId = parse(parent).flatMap(menu::byId).filter(item -> item.parentId() == null).map(MenuItem::id).orElse(null);
            if (parentId == null) {
                errors.add("parent", "formulaire.choix");
            }
        }
        int order = errors.integer("position", position);
        errors.throwIfAny();
        MenuItem item = new MenuItem(UUID.randomUUID(), parentId, cleanLabel, MenuTarget.parse(cleanTarget), order);
        menu.add(item);
        changes.record(actor, "menu", "added", cleanLabel + " → " + cleanTarget);
        return item;
    }

    public void remove(UUID id, String actor) {
        MenuItem item = menu.byId(id).orElseThrow(
                () -> ProblemException.notFound("menu-item-unknown", PortalTexts.get("erreur.menu-introuvable")));
        menu.remove(item);
        changes.record(actor, "menu", "removed", item.label());
    }

    static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id.strip()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
