package fr.civitas.portal.infrastructure;

import fr.civitas.kernel.lifecycle.CouncilData;
import fr.civitas.kernel.lifecycle.CouncilExport;
import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The portal's part in a council's life: its content goes into the export, images with their
 * bytes; a person erased no longer appears as the author of a change (their changes stay, they
 * are the council's publications).
 */
@ApplicationScoped
public class PortalCouncilData implements CouncilData {

    /** What the portal's tables record as the author of a change, once its author is erased. */
    static final String ERASED_AUTHOR = "personne-effacee";

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public String module() {
        return "portal";
    }

    @Override
    public void export(CouncilExport export) {
        export.rows("pages", "select * from page order by slug");
        export.rows("news", "select * from news order by published_on, slug");
        export.rows("demarcheCategories", "select * from demarche_category order by position, slug");
        export.rows("demarches", "select * from demarche order by slug");
        export.rows("menu", "select * from menu_item order by position");
        export.rows("theme", "select * from theme");
        export.rows("media", "select * from media order by created_at");
    }

    @Override
    @Transactional
    public void erase(Person person) {
        for (String table : new String[] {"page", "news", "demarche"}) {
            em.createNativeQuery("update " + table + " set updated_by = ?1 where updated_by = ?2")
                    .setParameter(1, ERASED_AUTHOR).setParameter(2, person.username()).executeUpdate();
        }
        em.createNativeQuery("update media set created_by = ?1 where created_by = ?2")
                .setParameter(1, ERASED_AUTHOR).setParameter(2, person.username()).executeUpdate();
    }

    @Override
    public void cleanUp(TenantView council) {
        // all of it is in the council's schema; its renderings expire within seconds of its suspension
    }
}
