package fr.civitas.portal.infrastructure;

import fr.civitas.portal.domain.ContentStatus;
import fr.civitas.portal.domain.News;
import fr.civitas.portal.domain.NewsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaNewsRepository implements NewsRepository {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public List<News> published(int offset, int limit) {
        return em.createQuery("select n from News n where n.status = :published order by n.publishedOn desc, n.title",
                        News.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPublished() {
        return em.createQuery("select count(n) from News n where n.status = :published", Long.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getSingleResult();
    }

    @Override
    public Optional<News> publishedBySlug(String slug) {
        return em.createQuery("select n from News n where n.slug = :slug and n.status = :published", News.class)
                .setParameter("slug", slug)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<News> byId(UUID id) {
        return Optional.ofNullable(em.find(News.class, id));
    }

    @Override
    public boolean exists(String slug) {
        return !em.createQuery("select n.id from News n where n.slug = :slug").setParameter("slug", slug)
                .getResultList().isEmpty();
    }

    @Override
    public long count() {
        return em.createQuery("select count(n) from News n", Long.class).getSingleResult();
    }

    @Override
    public List<News> all() {
        return em.createQuery("select n from News n order by n.publishedOn desc, n.title", News.class).getResultList();
    }

    @Override
    public void add(News news) {
        em.persist(news);
    }

    @Override
    public void remove(News news) {
        em.remove(em.contains(news) ? news : em.merge(news));
    }
}
