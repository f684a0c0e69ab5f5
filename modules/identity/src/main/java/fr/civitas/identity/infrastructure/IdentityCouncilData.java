package fr.civitas.identity.infrastructure;

import fr.civitas.identity.domain.SessionStore;
import fr.civitas.kernel.lifecycle.CouncilData;
import fr.civitas.kernel.lifecycle.CouncilExport;
import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.kernel.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The identity module's part in a council's life: the export keeps the realm's accounts (who,
 * never a credential; browser sessions and pending logins hold tokens and PKCE verifiers and
 * are never exported); a person's erasure ends their sessions (their account itself is deleted
 * last, through {@link fr.civitas.identity.spi.TenantRealms}); the realm goes when the council
 * leaves.
 */
@ApplicationScoped
public class IdentityCouncilData implements CouncilData {

    @Inject
    KeycloakTenantRealms realms;

    @Inject
    SessionStore sessions;

    @Inject
    CurrentTenant currentTenant;

    @Override
    public String module() {
        return "identity";
    }

    @Override
    public void export(CouncilExport export) {
        export.objects("accounts", realms.accounts(currentTenant.require()));
    }

    @Override
    public void erase(Person person) {
        sessions.removeAllOf(person.subject());
    }

    @Override
    public void cleanUp(TenantView council) {
        realms.remove(council);
    }
}
