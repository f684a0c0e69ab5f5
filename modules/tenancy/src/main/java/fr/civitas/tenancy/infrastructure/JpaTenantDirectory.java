package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.tenancy.domain.AuditEntry;
import fr.civitas.tenancy.domain.JobStatus;
import fr.civitas.tenancy.domain.OnboardingStep;
import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantDomain;
import fr.civitas.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaTenantDirectory implements TenantDirectory {

    /** Steps after which the tenant's schema exists. */
    private static final List<OnboardingStep> SCHEMA_EXISTS = List.of(
            OnboardingStep.SCHEMA, OnboardingStep.MIGRATIONS, OnboardingStep.CONTENT, OnboardingStep.REALM,
            OnboardingStep.ACTIVATION);

    private static final List<JobStatus> LEAVING = List.of(JobStatus.CLOSING, JobStatus.CLOSED);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em.find(Tenant.class, id.slug()));
    }

    @Override
    public Optional<TenantId> findByHost(String host) {
        return holderOfHost(host).map(TenantId::of);
    }

    @Override
    public List<String> hostsOf(TenantId id) {
        return em.createQuery("select d.host from TenantDomain d where d.tenantSlug = :slug order by d.host", String.class)
                .setParameter("slug", id.slug())
                .getResultList();
    }

    @Override
    public Optional<String> holderOfHost(String host) {
        return Optional.ofNullable(em.find(TenantDomain.class, TenantDomain.normalise(host))).map(TenantDomain::tenantSlug);
    }

    @Override
    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.slug", Tenant.class).getResultList();
    }

    @Override
    public List<Tenant> withSchema() {
        return em.createQuery("""
                        select t from Tenant t, ProvisioningJob j
                        where j.tenantSlug = t.slug and t.status <> :retired
                          and j.lastCompletedStep in :steps and j.status not in :leaving
                        order by t.slug""", Tenant.class)
                .setParameter("retired", TenantStatus.RETIRED)
                .setParameter("steps", SCHEMA_EXISTS)
                .setParameter("leaving", LEAVING)
                .getResultList();
    }

    @Override
    public List<Tenant> inService() {
        return em.createQuery("""
                        select t from Tenant t, ProvisioningJob j
                        where j.tenantSlug = t.slug and t.status in :serving and j.status not in :leaving
                        order by t.slug""", Tenant.class)
                .setParameter("serving", List.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED))
                .setParameter("leaving", LEAVING)
                .getResultList();
    }

    @Override
    public void register(Tenant tenant, List<String> hosts, ProvisioningJob job) {
        em.persist(tenant);
        hosts.forEach(host -> em.persist(new TenantDomain(host, tenant.id().slug())));
        em.persist(job);
        em.flush();
    }

    @Override
    public void releaseHosts(TenantId id) {
        em.createQuery("delete from TenantDomain d where d.tenantSlug = :slug").setParameter("slug", id.slug()).executeUpdate();
    }

    @Override
    public Optional<ProvisioningJob> jobOf(TenantId id) {
        return Optional.ofNullable(em.find(ProvisioningJob.class, id.slug()));
    }

    @Override
    public List<ProvisioningJob> unfinishedJobs() {
        return em.createQuery("select j from ProvisioningJob j where j.status in :unfinished", ProvisioningJob.class)
                .setParameter("unfinished", List.of(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.CLOSING))
                .getResultList();
    }

    @Override
    public void record(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> auditOf(TenantId id) {
        return em.createQuery("select a from AuditEntry a where a.tenantSlug = :slug order by a.occurredAt, a.id", AuditEntry.class)
                .setParameter("slug", id.slug())
                .getResultList();
    }
}
