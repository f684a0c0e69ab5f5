package fr.civitas.tenancy.domain;

import java.util.List;

/** The audit log of the council bound to the request or job, in its own schema. */
public interface CouncilAudit {

    void add(CouncilAuditEntry entry);

    List<CouncilAuditEntry> all();

    /** Records the erased person's entries under {@link CouncilAuditEntry#ERASED_ACTOR}. */
    void anonymise(String actor);
}
