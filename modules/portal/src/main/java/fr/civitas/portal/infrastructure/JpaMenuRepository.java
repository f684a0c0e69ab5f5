package fr.civitas.portal.infrastructure;

import fr.civitas.portal.domain.MenuItem;
import fr.civitas.portal.domain.MenuRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaMenuRepository implements MenuRepository {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public List<MenuItem> all() {
        return em.createQuery("select m from MenuItem m order by m.position, m.label", MenuItem.class).getResultList();
    }

    @Override
    public Optional<MenuItem> byId(UUID id) {
        return Optional.ofNullable(em.find(MenuItem.class, id));
    }

    @Override
    public void add(MenuItem item) {
        em.persist(item);
    }

    @Override
    public void remove(MenuItem item) {
        em.remove(em.contains(item) ? item : em.merge(item));
    }
}
