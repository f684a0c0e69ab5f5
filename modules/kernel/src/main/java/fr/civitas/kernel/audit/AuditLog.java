package fr.civitas.kernel.audit;

/**
 * Port to the council's audit log: who changed what of the council bound to the request. The
 * entry is written in the council's own schema, in the caller's transaction, so that a change
 * and its audit line commit together. Implemented by the tenancy module.
 */
public interface AuditLog {

    void record(String actor, String action, String detail);
}
