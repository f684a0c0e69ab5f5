package fr.civitas.tenancy.application;

import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.kernel.tenant.NoTenantBoundException;
import fr.civitas.kernel.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The {@link CurrentTenant} every module injects, backed by {@link TenantContext}. */
@ApplicationScoped
public class BoundCurrentTenant implements CurrentTenant {

    @Override
    public TenantView require() {
        return find().orElseThrow(NoTenantBoundException::new);
    }

    @Override
    public Optional<TenantView> find() {
        return TenantContext.current().map(TenantContext.Binding::tenant);
    }

    @Override
    public String portalPath() {
        return TenantContext.current().map(TenantContext.Binding::portalPath).orElseThrow(NoTenantBoundException::new);
    }

    @Override
    public Optional<String> domain() {
        return TenantContext.current().map(TenantContext.Binding::domain);
    }
}
