package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.tenant.TenantEntities;
import fr.civitas.tenancy.domain.CouncilAuditEntry;
import java.util.List;

/** What tenancy keeps in each council's schema: its audit log. */
public class TenancyTenantEntities implements TenantEntities {

    @Override
    public List<Class<?>> entities() {
        return List.of(CouncilAuditEntry.class);
    }
}
