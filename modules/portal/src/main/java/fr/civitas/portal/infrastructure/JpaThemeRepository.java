package fr.civitas.portal.infrastructure;

import fr.civitas.portal.domain.Theme;
import fr.civitas.portal.domain.ThemeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaThemeRepository implements ThemeRepository {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public Optional<Theme> current() {
        return Optional.ofNullable(em.find(Theme.class, 1));
    }

    @Override
    public void save(Theme theme) {
        em.persist(theme);
    }
}
