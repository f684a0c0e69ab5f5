package fr.civitas.tenancy.application;

import fr.civitas.kernel.tenant.TenantView;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantStatus;

/** A council as the request path sees it: who it is and whether it may be served. */
public record ResolvedTenant(TenantView view, TenantStatus status) {

    static ResolvedTenant of(Tenant tenant) {
        return new ResolvedTenant(tenant.view(), tenant.status());
    }
}
