package fr.civitas.app;

import fr.civitas.tenancy.application.OnboardingProgress;
import fr.civitas.tenancy.domain.OnboardingStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Deployed with the tests only: holds the directory step of councils whose slug starts with
 * {@code course-} until two requests for that slug are inside it, after both have checked that
 * the slug is free and before either has written it.
 */
@ApplicationScoped
public class Rendezvous {

    private final Map<String, CountDownLatch> arrivals = new ConcurrentHashMap<>();

    void onStep(@Observes OnboardingProgress progress) throws InterruptedException {
        String slug = progress.tenant().slug();
        if (slug.startsWith("course-") && progress.step() == OnboardingStep.DIRECTORY
                && progress.phase() == OnboardingProgress.Phase.STARTING) {
            CountDownLatch bothIn = arrivals.computeIfAbsent(slug, ignored -> new CountDownLatch(2));
            bothIn.countDown();
            bothIn.await(20, TimeUnit.SECONDS);
        }
    }
}
