package fr.civitas.identity.application;

import fr.civitas.identity.domain.RealmRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The realm's last word on each bearer token (live or not), kept for
 * {@link IdentitySettings#revalidation()}: an API client calling ten times a second costs one
 * introspection per period, not ten a second. Keyed by the token's digest, never the token.
 */
@ApplicationScoped
public class RealmVerdicts {

    private static final int MAX_ENTRIES = 50_000;

    private record Verdict(boolean active, Instant until) {
    }

    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

    @Inject
    IdentitySettings settings;

    @Inject
    Clock clock;

    public boolean isActive(RealmRef realm, String token, BooleanSupplier askTheRealm) {
        Instant now = clock.instant();
        String key = realm.placement() + "|" + realm.realm() + "|" + Randoms.sha256Hex(token);
        Verdict known = verdicts.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.active();
        }
        boolean active = askTheRealm.getAsBoolean();
        if (verdicts.size() >= MAX_ENTRIES) {
            verdicts.values().removeIf(verdict -> !now.isBefore(verdict.until()));
            if (verdicts.size() >= MAX_ENTRIES) {
                verdicts.clear();
            }
        }
        verdicts.put(key, new Verdict(active, now.plus(settings.revalidation())));
        return active;
    }
}
