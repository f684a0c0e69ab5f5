package fr.civitas.kernel.audit;

/**
 * Port to the platform's audit log: who changed what, for the council bound to the request.
 * Implemented by the tenancy module; the entry is written in the caller's transaction.
 */
public interface AuditLog {

    void record(String actor, String action, String detail);
}
