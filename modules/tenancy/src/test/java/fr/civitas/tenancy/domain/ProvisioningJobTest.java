package fr.civitas.tenancy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The onboarding journal's states: who may hold it, when it is stuck, how it leaves. */
class ProvisioningJobTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Test
    void aClaimedJobIsHeldForItsLeaseThenStuck() {
        ProvisioningJob job = new ProvisioningJob("laval", NOW);
        assertTrue(job.awaitsItsFirstRun(NOW.plusSeconds(10), LEASE));
        job.claim(NOW, LEASE);

        assertTrue(job.isHeld(NOW.plusSeconds(60)));
        assertFalse(job.isStuck(NOW.plusSeconds(60), LEASE));
        assertFalse(job.isHeld(NOW.plus(LEASE).plusSeconds(1)));
        assertTrue(job.isStuck(NOW.plus(LEASE).plusSeconds(1), LEASE));
    }

    @Test
    void eachStepMovesItOnAndTheLastOneEndsIt() {
        ProvisioningJob job = new ProvisioningJob("laval", NOW);
        job.claim(NOW, LEASE);
        for (OnboardingStep step = OnboardingStep.SCHEMA; ; step = step.next().orElseThrow()) {
            job.completed(step, NOW, LEASE);
            if (step.next().isEmpty()) {
                break;
            }
            assertEquals(step.next(), job.nextStep());
        }
        assertEquals(JobStatus.DONE, job.status());
        assertFalse(job.isHeld(NOW));
    }

    @Test
    void aFailedMigrationResumesAtTheMigrations() {
        ProvisioningJob job = new ProvisioningJob("laval", NOW);
        job.claim(NOW, LEASE);
        job.completed(OnboardingStep.ACTIVATION, NOW, LEASE);
        job.migrationFailed("colonne manquante", NOW);

        assertEquals(JobStatus.FAILED, job.status());
        assertEquals(Optional.of(OnboardingStep.MIGRATIONS), job.nextStep());
        assertEquals(Optional.of("colonne manquante"), job.lastError());
    }

    @Test
    void onceLeavingItNeverComesBack() {
        ProvisioningJob job = new ProvisioningJob("laval", NOW);
        job.beginOffboarding(NOW, LEASE);
        assertTrue(job.isLeaving());
        assertTrue(job.isHeld(NOW.plusSeconds(1)));
        job.offboardingStopped("export impossible", NOW);
        assertFalse(job.isHeld(NOW.plusSeconds(1)), "a repeated offboarding may take over at once");
        assertTrue(job.isLeaving());
        job.close(NOW);
        assertEquals(JobStatus.CLOSED, job.status());
        assertTrue(job.isLeaving());
        assertFalse(job.isStuck(NOW.plus(LEASE).plusSeconds(1), LEASE));
    }

    @Test
    void anErrorIsKeptWithinItsColumn() {
        ProvisioningJob job = new ProvisioningJob("laval", NOW);
        job.failed(OnboardingStep.REALM, "x".repeat(5000), NOW);
        assertEquals(2000, job.lastError().orElseThrow().length());
    }
}
