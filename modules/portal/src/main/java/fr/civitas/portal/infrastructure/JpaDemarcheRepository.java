package fr.civitas.portal.infrastructure;

import fr.civitas.portal.domain.ContentStatus;
import fr.civitas.portal.domain.Demarche;
import fr.civitas.portal.domain.DemarcheCategory;
import fr.civitas.portal.domain.DemarcheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaDemarcheRepository implements DemarcheRepository {

    private static final String PUBLISHED_ORDER = " order by d.position, d.title";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public List<DemarcheCategory> categories() {
        return em.createQuery("select c from DemarcheCategory c order by c.position, c.label", DemarcheCategory.class)
                .getResultList();
    }

    @Override
    public Optional<DemarcheCategory> category(String slug) {
        return Optional.ofNullable(em.find(DemarcheCategory.class, slug));
    }

    @Override
    public void add(DemarcheCategory category) {
        em.persist(category);
    }

    @Override
    public List<Demarche> published() {
        return em.createQuery("select d from Demarche d where d.status = :published" + PUBLISHED_ORDER, Demarche.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public List<Demarche> publishedIn(String category) {
        return em.createQuery("select d from Demarche d where d.status = :published and d.category = :category"
                        + PUBLISHED_ORDER, Demarche.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("category", category)
                .getResultList();
    }

    @Override
    public List<Demarche> popular() {
        return em.createQuery("select d from Demarche d where d.status = :published and d.popular = true" + PUBLISHED_ORDER,
                        Demarche.class)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getResultList();
    }

    @Override
    public Optional<Demarche> publishedBySlug(String slug) {
        return em.createQuery("select d from Demarche d where d.slug = :slug and d.status = :published", Demarche.class)
                .setParameter("slug", slug)
                .setParameter("published", ContentStatus.PUBLISHED)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Demarche> byId(UUID id) {
        return Optional.ofNullable(em.find(Demarche.class, id));
    }

    @Override
    public boolean exists(String slug) {
        return !em.createQuery("select d.id from Demarche d where d.slug = :slug").setParameter("slug", slug)
                .getResultList().isEmpty();
    }

    @Override
    public long count() {
        return em.createQuery("select count(d) from Demarche d", Long.class).getSingleResult();
    }

    @Override
    public List<Demarche> all() {
        return em.createQuery("select d from Demarche d order by d.category, d.position, d.title", Demarche.class)
                .getResultList();
    }

    @Override
    public void add(Demarche demarche) {
        em.persist(demarche);
    }

    @Override
    public void remove(Demarche demarche) {
        em.remove(em.contains(demarche) ? demarche : em.merge(demarche));
    }
}
