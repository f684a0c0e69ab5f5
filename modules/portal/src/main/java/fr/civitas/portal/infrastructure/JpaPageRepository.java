package fr.civitas.portal.infrastructure;

import fr.civitas.portal.domain.ContentStatus;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.PageKind;
import fr.civitas.portal.domain.PageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Pages on the {@code tenant} unit: every query runs in the bound council's schema. */
@ApplicationScoped
@Transactional
public class JpaPageRepository implements PageRepository {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public Optional<Page> home() {
        return em.createQuery("select p from Page p where p.home = true and p.status = :published", Page.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Page> publishedBySlug(String slug) {
        return em.createQuery("select p from Page p where p.slug = :slug and p.status = :published", Page.class)
                .setParameter("slug", slug)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Page> byId(UUID id) {
        return Optional.ofNullable(em.find(Page.class, id));
    }

    @Override
    public boolean exists(String slug) {
        return !em.createQuery("select p.id from Page p where p.slug = :slug").setParameter("slug", slug)
                .getResultList().isEmpty();
    }

    @Override
    public List<Page> published(PageKind kind) {
        return em.createQuery("""
                        select p from Page p where p.home = false and p.status = :published and p.kind = :kind
                        order by p.position, p.title""", Page.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("kind", kind)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Page p", Long.class).getSingleResult();
    }

    @Override
    public List<Page> all() {
        return em.createQuery("select p from Page p order by p.home desc, p.position, p.title", Page.class).getResultList();
    }

    @Override
    public void add(Page page) {
        em.persist(page);
    }

    @Override
    public void remove(Page page) {
        em.remove(em.contains(page) ? page : em.merge(page));
    }
}
