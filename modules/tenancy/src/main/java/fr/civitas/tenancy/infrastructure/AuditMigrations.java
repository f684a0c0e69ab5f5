package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.tenant.TenantMigrations;
import jakarta.enterprise.context.ApplicationScoped;

/** The council's own audit log, in its schema. */
@ApplicationScoped
public class AuditMigrations implements TenantMigrations {

    @Override
    public String module() {
        return "audit";
    }

    @Override
    public String location() {
        return "db/tenant/audit";
    }
}
