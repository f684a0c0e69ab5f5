package fr.civitas.portal.infrastructure;

import fr.civitas.portal.domain.Media;
import fr.civitas.portal.domain.MediaRepository;
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
    public List<Media> all() {
        return em.createQuery("select m from Media m order by m.createdAt desc", Media.class).getResultList();
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
