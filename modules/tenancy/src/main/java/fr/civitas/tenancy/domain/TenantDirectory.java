package fr.civitas.tenancy.domain;

import fr.civitas.kernel.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The platform's list of councils, their domains and their provisioning journal. */
public interface TenantDirectory {

    Optional<Tenant> find(TenantId id);

    Optional<TenantId> findByHost(String host);

    List<String> hostsOf(TenantId id);

    /** The council already serving this host, if any. */
    Optional<String> holderOfHost(String host);

    List<Tenant> all();

    /** Tenants whose schema exists and must follow the application's migrations: not those leaving. */
    List<Tenant> withSchema();

    /** Councils open or suspended, not leaving: background work may reach their data. */
    List<Tenant> inService();

    void register(Tenant tenant, List<String> hosts, ProvisioningJob job);

    /** Frees the council's host names for others. */
    void releaseHosts(TenantId id);

    Optional<ProvisioningJob> jobOf(TenantId id);

    /** Jobs pending or running, onboardings and offboardings alike. */
    List<ProvisioningJob> unfinishedJobs();

    void record(AuditEntry entry);

    List<AuditEntry> auditOf(TenantId id);
}
