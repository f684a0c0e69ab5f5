package fr.civitas.kernel.tenant;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Port to the identity provider: every council has a realm of its own, named after its slug,
 * created from its template's {@code realm.json}. Implemented by the identity module.
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

    /** One account of a council's realm, as the council's data export keeps it. */
    record RealmAccount(String username, String email, String firstName, String lastName, boolean enabled,
                        Instant created) {
    }

    /** Deletes the council's realm; nothing happens when it is already gone. */
    void remove(TenantId tenant, String placement);

    /**
     * Every account of the council's realm, read before the realm is deleted so that the council's
     * data export keeps them; an empty list when the realm does not exist. Fails rather than
     * answer less than there is.
     */
    List<RealmAccount> accounts(TenantId tenant, String placement);
}
