package fr.civitas.app;

import fr.civitas.tenancy.application.OnboardingProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deployed with the tests only: fails one onboarding step once, for councils whose slug asks for
 * it: {@code panne-<step>-<phase>-…}, e.g. {@code panne-schema-performed-1} fails the schema
 * step after its work is done and before the journal records it.
 */
@ApplicationScoped
public class FaultInjection {

    private final Set<String> alreadyFailed = ConcurrentHashMap.newKeySet();

    void onStep(@Observes OnboardingProgress progress) {
        String slug = progress.tenant().slug();
        String trigger = "panne-" + progress.step().name().toLowerCase(Locale.ROOT) + "-"
                + progress.phase().name().toLowerCase(Locale.ROOT) + "-";
        if (slug.startsWith(trigger) && alreadyFailed.add(slug)) {
            throw new IllegalStateException("panne simulée à l'étape " + progress.step() + " (" + progress.phase() + ")");
        }
    }
}
