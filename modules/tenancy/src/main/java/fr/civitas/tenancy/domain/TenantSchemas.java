package fr.civitas.tenancy.domain;

import fr.civitas.kernel.tenant.TenantId;

/** The database side of a tenant: its schema and every module's migrations in it. */
public interface TenantSchemas {

    /** Creates the tenant's schema; does nothing when it exists. */
    void create(TenantId tenant);

    /** Brings every module's tables of the tenant to the application's version. */
    void migrate(TenantId tenant);

    /** Deletes the tenant's schema and everything in it; nothing happens when it is gone. */
    void drop(TenantId tenant);
}
