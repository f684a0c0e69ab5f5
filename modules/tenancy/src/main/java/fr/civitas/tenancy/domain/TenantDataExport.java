package fr.civitas.tenancy.domain;

import fr.civitas.kernel.tenant.TenantRealms.RealmAccount;
import java.nio.file.Path;
import java.util.List;

/** Writes everything a council has on the platform to a file, before it leaves. */
public interface TenantDataExport {

    /**
     * @param accounts the accounts of its realm
     * @return the file written
     */
    Path export(Tenant tenant, List<String> hosts, List<RealmAccount> accounts);
}
