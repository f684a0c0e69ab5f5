package fr.civitas.portal.infrastructure;

import fr.civitas.kernel.tenant.TenantEntities;
import fr.civitas.portal.domain.Demarche;
import fr.civitas.portal.domain.DemarcheCategory;
import fr.civitas.portal.domain.Media;
import fr.civitas.portal.domain.MenuItem;
import fr.civitas.portal.domain.News;
import fr.civitas.portal.domain.Page;
import fr.civitas.portal.domain.Theme;
import java.util.List;

/** What the portal keeps in each council's schema. */
public class PortalEntities implements TenantEntities {

    @Override
    public List<Class<?>> entities() {
        return List.of(Page.class, Theme.class, News.class, DemarcheCategory.class, Demarche.class, MenuItem.class, Media.class);
    }
}
