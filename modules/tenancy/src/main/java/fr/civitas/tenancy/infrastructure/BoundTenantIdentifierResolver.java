package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.tenant.NoTenantBoundException;
import fr.civitas.tenancy.application.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which tenant a new session is for: the one bound to the thread. There is no
 * default tenant; a session opened without one fails.
 */
public class BoundTenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current()
                .map(binding -> binding.tenant().id().slug())
                .orElseThrow(NoTenantBoundException::new);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
