package fr.civitas.portal.infrastructure;

import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Pages on the {@code tenant} unit: every query runs in the bound council's schema. */
@ApplicationScoped
@Transactional
public class JpaPageRepository implements PageRepository {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public Optional<Page> home() {
        return em.createQuery("select p from Page p where p.home = true and p.published = true", Page.class)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Page> publishedBySlug(String slug) {
        return em.createQuery("select p from Page p where p.slug = :slug and p.published = true", Page.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public boolean exists(String slug) {
        return !em.createQuery("select p.id from Page p where p.slug = :slug")
                .setParameter("slug", slug)
                .getResultList().isEmpty();
    }

    @Override
    public List<Page> menu() {
        return em.createQuery("""
                        select p from Page p where p.home = false and p.published = true
                        order by p.position, p.title""", Page.class)
                .getResultList();
    }

    @Override
    public void add(Page page) {
        em.persist(page);
    }
}
