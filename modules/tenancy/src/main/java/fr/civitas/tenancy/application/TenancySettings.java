package fr.civitas.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Typed view of the {@code civitas.tenancy.*} keys (defaults in microprofile-config.properties). */
@ApplicationScoped
public class TenancySettings {

    @Inject
    @ConfigProperty(name = "civitas.tenancy.templates-dir")
    String templatesDir;

    @Inject
    @ConfigProperty(name = "civitas.tenancy.reserved-slugs")
    Set<String> reservedSlugs;

    @Inject
    @ConfigProperty(name = "civitas.tenancy.lookup-cache-seconds", defaultValue = "5")
    int lookupCacheSeconds;

    @Inject
    @ConfigProperty(name = "civitas.tenancy.migration-parallelism", defaultValue = "4")
    int migrationParallelism;

    @Inject
    @ConfigProperty(name = "civitas.tenancy.onboarding-lease-seconds", defaultValue = "300")
    int onboardingLeaseSeconds;

    @Inject
    @ConfigProperty(name = "civitas.tenancy.default-database-placement", defaultValue = "default")
    String defaultDatabasePlacement;

    public Path templatesDir() {
        return Path.of(templatesDir);
    }

    public Set<String> reservedSlugs() {
        return reservedSlugs;
    }

    public Duration lookupCacheTtl() {
        return Duration.ofSeconds(lookupCacheSeconds);
    }

    public int migrationParallelism() {
        return Math.max(1, migrationParallelism);
    }

    public Duration onboardingLease() {
        return Duration.ofSeconds(onboardingLeaseSeconds);
    }

    public String defaultDatabasePlacement() {
        return defaultDatabasePlacement;
    }
}
