package fr.civitas.identity.infrastructure;

import fr.civitas.kernel.tenant.TenantMigrations;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class IdentityMigrations implements TenantMigrations {

    @Override
    public String module() {
        return "identity";
    }

    @Override
    public String location() {
        return "db/tenant/identity";
    }
}
