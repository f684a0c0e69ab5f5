package fr.civitas.portal.infrastructure;

import fr.civitas.portal.domain.PendingChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaPendingChanges implements PendingChanges {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public void flush() {
        em.flush();
    }
}
