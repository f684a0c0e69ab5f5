package fr.civitas.portal.application;

import fr.civitas.portal.domain.PendingChanges;
import fr.civitas.portal.domain.Publishable;
import jakarta.validation.Validator;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/**
 * What editors do alike to pages, news and démarches: create and edit from a form {@code F},
 * publish, unpublish, delete — each change audited under {@code portal.<kind>.<verb>} and
 * announced so that renderings are refreshed.
 */
public abstract class ContentEditing<T extends Publishable, F> {

    @Inject
    PortalChanges changes;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    PendingChanges pending;

    /** The content, or a French 404 when this council has none with that id. */
    public abstract T find(UUID id);

    /** Adds a draft; a form with errors throws {@code InvalidInputException} and saves nothing. */
    public abstract T create(F form, String actor);

    /**
     * Changes the content; a form with errors throws {@code InvalidInputException}, a form loaded
     * before someone else's change {@link EditConflictException}, and nothing is saved.
     */
    public abstract T edit(UUID id, F form, String actor);

    protected abstract void remove(T item);

    /** The name of the kind in audit actions: {@code page}, {@code news}, {@code demarche}. */
    protected abstract String kind();

    public void publish(UUID id, String actor) {
        T item = find(id);
        item.publish(clock.instant(), actor);
        done(actor, "published", item.slug());
    }

    public void unpublish(UUID id, String actor) {
        T item = find(id);
        item.unpublish(clock.instant(), actor);
        done(actor, "unpublished", item.slug());
    }

    public void delete(UUID id, String actor) {
        T item = find(id);
        remove(item);
        done(actor, "deleted", item.slug());
    }

    protected void done(String actor, String verb, String slug) {
        changes.record(actor, kind(), verb, slug);
    }
}
