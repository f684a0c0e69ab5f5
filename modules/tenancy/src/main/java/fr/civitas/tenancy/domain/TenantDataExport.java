package fr.civitas.tenancy.domain;

import fr.civitas.kernel.tenant.TenantRealms.RealmAccount;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Writes everything a council has on the platform to a file, before it leaves. */
public interface TenantDataExport {

    /**
     * @param accounts the accounts of its realm, empty when they could not be listed
     * @return the file written
     */
    Path export(Tenant tenant, List<String> hosts, Optional<List<RealmAccount>> accounts);
}
