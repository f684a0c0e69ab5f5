package fr.civitas.portal.application;

import fr.civitas.kernel.validation.WholeNumberValidator;
import fr.civitas.portal.domain.PendingChanges;
import jakarta.persistence.OptimisticLockException;

/** The optimistic locking of edits: the version a form was loaded with must still be the current one. */
final class Versions {

    private Versions() {
    }

    /** Refuses an edit from a form loaded at another version than {@code current}, or carrying none. */
    static void requireCurrent(String formVersion, long current) {
        long loaded = formVersion == null ? -1 : WholeNumberValidator.parse(formVersion).orElse(-1);
        if (loaded != current) {
            throw new EditConflictException();
        }
    }

    /** Writes the edit now: of two editors saving the same version at the same instant, the second loses here. */
    static void write(PendingChanges pending) {
        try {
            pending.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException();
        }
    }
}
