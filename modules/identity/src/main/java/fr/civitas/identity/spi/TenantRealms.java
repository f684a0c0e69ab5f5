package fr.civitas.identity.spi;

import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantView;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The realm of each council, named after its slug, created from its template's
 * {@code realm.json}: for the onboarding saga and the erasure of a person. What the realm holds
 * leaves with the council through the identity module's {@link fr.civitas.kernel.lifecycle.CouncilData}.
 */
public interface TenantRealms {

    /** What a council's realm is made from. */
    record RealmRequest(TenantId tenant, String name, Path templateFolder, List<String> hosts) {
    }

    /**
     * Creates the council's realm, or finds the one an earlier run created.
     *
     * @return the placement (identity server) that holds it
     */
    String provision(RealmRequest request);

    /** The person of the council's realm who logs in with that username, if there is one. */
    Optional<Person> person(TenantView council, String username);

    /** Deletes the person's account from the council's realm; nothing happens when it is already gone. */
    void deleteAccount(TenantView council, String subject);
}
