package fr.civitas.portal.domain;

/**
 * Writes the changes of the current transaction now rather than at its commit: a change to
 * content that another editor changed in the meantime is refused here, where it can still be
 * answered as such ({@code jakarta.persistence.OptimisticLockException}).
 */
public interface PendingChanges {

    void flush();
}
