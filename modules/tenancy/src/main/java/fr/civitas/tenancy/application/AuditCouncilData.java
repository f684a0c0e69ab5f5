package fr.civitas.tenancy.application;

import fr.civitas.kernel.lifecycle.CouncilData;
import fr.civitas.kernel.lifecycle.CouncilExport;
import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.tenant.TenantView;
import fr.civitas.tenancy.domain.CouncilAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The council's audit log in its lifecycle: exported whole; an erased person's lines stay, as
 * the council's record of what was done, but no longer say who did it.
 */
@ApplicationScoped
public class AuditCouncilData implements CouncilData {

    @Inject
    CouncilAudit audit;

    @Override
    public String module() {
        return "audit";
    }

    @Override
    public void export(CouncilExport export) {
        export.rows("entries", "select occurred_at, actor, action, detail from audit_entry order by id");
    }

    @Override
    public void erase(Person person) {
        audit.anonymise(person.username());
    }

    @Override
    public void cleanUp(TenantView council) {
        // all of it is in the council's schema
    }
}
