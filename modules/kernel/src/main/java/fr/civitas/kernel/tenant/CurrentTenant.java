package fr.civitas.kernel.tenant;

import java.util.Optional;

/**
 * Read-only view of the tenant bound to the current request or job. Modules inject it; only
 * the tenancy module binds it.
 */
public interface CurrentTenant {

    /** The bound tenant, or {@link NoTenantBoundException} when none is. */
    TenantView require();

    Optional<TenantView> find();

    /**
     * The path under which the tenant's portal is served in this request: {@code /t/{slug}} when
     * reached by path prefix, the empty string when reached by one of its own domains.
     */
    String portalPath();

    /**
     * The council's own domain the request came by, as registered for the council: never a host
     * name the platform does not know. Empty when reached by path prefix, and in background work.
     */
    Optional<String> domain();
}
