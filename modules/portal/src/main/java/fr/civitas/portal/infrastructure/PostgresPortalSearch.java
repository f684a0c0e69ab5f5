package fr.civitas.portal.infrastructure;

import fr.civitas.portal.domain.PortalSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * PostgreSQL full-text search with the council's French configuration (accents ignored,
 * stemming, stop words), on generated {@code tsvector} columns of pages, news and démarches;
 * only published content. The statements name no schema: they run in the bound council's,
 * where {@code civitas_french} is found too.
 */
@ApplicationScoped
@Transactional
public class PostgresPortalSearch implements PortalSearch {

    private static final String PUBLISHED = """
            (select case when home then 'home' else 'page' end as kind, slug, title, summary, search
               from page where status = 'PUBLISHED'
             union all select 'news', slug, title, summary, search from news where status = 'PUBLISHED'
             union all select 'demarche', slug, title, summary, search from demarche where status = 'PUBLISHED') c,
            websearch_to_tsquery('civitas_french', ?1) q
            where c.search @@ q""";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Hit> search(String query, int offset, int limit) {
        List<Object[]> rows = em.createNativeQuery(
                        "select c.kind, c.slug, c.title, c.summary from " + PUBLISHED
                                + " order by ts_rank(c.search, q) desc, c.title limit ?2 offset ?3")
                .setParameter(1, query)
                .setParameter(2, limit)
                .setParameter(3, offset)
                .getResultList();
        return rows.stream().map(row -> new Hit((String) row[0], (String) row[1], (String) row[2], (String) row[3])).toList();
    }

    @Override
    public long count(String query) {
        Number count = (Number) em.createNativeQuery("select count(*) from " + PUBLISHED)
                .setParameter(1, query)
                .getSingleResult();
        return count.longValue();
    }
}
