package fr.civitas.portal.infrastructure;

import fr.civitas.portal.domain.Media;
import fr.civitas.portal.domain.MediaRepository;
import fr.civitas.portal.domain.MediaSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class JpaMediaRepository implements MediaRepository {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public Optional<Media> byId(UUID id) {
        return Optional.ofNullable(em.find(Media.class, id));
    }

    @Override
    public boolean exists(UUID id) {
        return em.createQuery("select count(m) from Media m where m.id = :id", Long.class).setParameter("id", id)
                .getSingleResult() > 0;
    }

    @Override
    public List<MediaSummary> summaries() {
        return em.createQuery("select new fr.civitas.portal.domain.MediaSummary(m.id, m.filename, m.alt) from Media m"
                + " order by m.createdAt desc", MediaSummary.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(m) from Media m", Long.class).getSingleResult();
    }

    @Override
    public void add(Media media) {
        em.persist(media);
    }

    @Override
    public void remove(Media media) {
        em.remove(em.contains(media) ? media : em.merge(media));
    }
}
