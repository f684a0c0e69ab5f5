package fr.civitas.tenancy.infrastructure;

import fr.civitas.tenancy.domain.CouncilAudit;
import fr.civitas.tenancy.domain.CouncilAuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
@Transactional
public class JpaCouncilAudit implements CouncilAudit {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public void add(CouncilAuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<CouncilAuditEntry> all() {
        return em.createQuery("select a from CouncilAuditEntry a order by a.occurredAt, a.id", CouncilAuditEntry.class)
                .getResultList();
    }

    @Override
    public void anonymise(String actor) {
        em.createQuery("update CouncilAuditEntry a set a.actor = :erased where a.actor = :actor")
                .setParameter("erased", CouncilAuditEntry.ERASED_ACTOR)
                .setParameter("actor", actor)
                .executeUpdate();
    }
}
