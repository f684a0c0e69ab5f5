package fr.civitas.identity.infrastructure;

import fr.civitas.identity.domain.LoginAttempt;
import fr.civitas.identity.domain.WebSession;
import fr.civitas.kernel.tenant.TenantEntities;
import java.util.List;

/** What the identity module keeps in each council's schema: browser sessions and pending logins. */
public class IdentityEntities implements TenantEntities {

    @Override
    public List<Class<?>> entities() {
        return List.of(WebSession.class, LoginAttempt.class);
    }
}
