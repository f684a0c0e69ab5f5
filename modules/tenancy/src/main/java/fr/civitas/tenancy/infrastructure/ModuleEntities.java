package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.tenant.TenantEntities;
import org.hibernate.boot.ResourceStreamLocator;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.AdditionalMappingContributions;
import org.hibernate.boot.spi.AdditionalMappingContributor;
import org.hibernate.boot.spi.InFlightMetadataCollector;
import org.hibernate.boot.spi.MetadataBuildingContext;
import org.hibernate.engine.config.spi.ConfigurationService;

/**
 * Gives the persistence unit that asks for them ({@code civitas.module-entities=tenant} in
 * persistence.xml) the entities every module declares as {@link TenantEntities} in its own jar.
 * Hibernate finds this class through {@code META-INF/services}; it is called for every unit.
 */
public class ModuleEntities implements AdditionalMappingContributor {

    public static final String UNIT_PROPERTY = "civitas.module-entities";

    @Override
    public String getContributorName() {
        return "civitas-module-entities";
    }

    @Override
    public void contribute(AdditionalMappingContributions contributions, InFlightMetadataCollector metadata,
                           ResourceStreamLocator resources, MetadataBuildingContext context) {
        var services = context.getBootstrapContext().getServiceRegistry();
        Object wanted = services.requireService(ConfigurationService.class).getSettings().get(UNIT_PROPERTY);
        if (!"tenant".equals(wanted)) {
            return;
        }
        for (TenantEntities module : services.requireService(ClassLoaderService.class).loadJavaServices(TenantEntities.class)) {
            module.entities().forEach(contributions::contributeEntity);
        }
    }
}
