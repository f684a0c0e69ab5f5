package fr.civitas.tenancy.application;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;

/** Reads what a failure was caused by, through the wrappers of JPA, JTA and CDI. */
final class Failures {

    private static final String UNIQUE_VIOLATION = "23505";

    private Failures() {
    }

    /** Another run changed the same journal row first (its version moved under us). */
    static boolean lostRace(Throwable e) {
        return causedBy(e, OptimisticLockException.class) || causedBy(e, RollbackException.class);
    }

    /** The database refused a row whose key another transaction has just written. */
    static boolean duplicateKey(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The root cause, as one line for the journal and the audit log. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
