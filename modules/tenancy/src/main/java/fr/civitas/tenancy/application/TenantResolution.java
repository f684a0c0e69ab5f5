package fr.civitas.tenancy.application;

import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantDomain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Finds the council a request is for, by slug or by host name. Answers are cached for a few
 * seconds: that bounds how long another instance keeps serving a council just suspended.
 */
@ApplicationScoped
public class TenantResolution {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Optional<ResolvedTenant> tenant, Instant expires) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    @Inject
    TenantDirectory directory;

    @Inject
    TenancySettings settings;

    @Inject
    Clock clock;

    public Optional<ResolvedTenant> bySlug(String slug) {
        if (!TenantId.isWellFormed(slug)) {
            return Optional.empty();
        }
        TenantId id = TenantId.of(slug);
        return cached("slug:" + slug, () -> directory.find(id).map(ResolvedTenant::of));
    }

    public Optional<ResolvedTenant> byHost(String host) {
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String normalised = TenantDomain.normalise(host);
        return cached("host:" + normalised, () -> directory.findByHost(normalised)
                .flatMap(directory::find)
                .map(ResolvedTenant::of));
    }

    /** Drops every cached answer; called when a council's status or domains change here. */
    public void forgetAll() {
        cache.clear();
    }

    private Optional<ResolvedTenant> cached(String key, Supplier<Optional<ResolvedTenant>> lookup) {
        Instant now = clock.instant();
        Entry entry = cache.get(key);
        if (entry != null && entry.expires().isAfter(now)) {
            return entry.tenant();
        }
        Optional<ResolvedTenant> found = lookup.get();
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(key, new Entry(found, now.plus(settings.lookupCacheTtl())));
        return found;
    }
}
