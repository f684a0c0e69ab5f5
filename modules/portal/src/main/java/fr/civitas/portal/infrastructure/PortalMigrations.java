package fr.civitas.portal.infrastructure;

import fr.civitas.kernel.tenant.TenantMigrations;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PortalMigrations implements TenantMigrations {

    @Override
    public String module() {
        return "portal";
    }

    @Override
    public String location() {
        return "db/tenant/portal";
    }
}
