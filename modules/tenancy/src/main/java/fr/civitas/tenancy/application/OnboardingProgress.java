package fr.civitas.tenancy.application;

import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.tenancy.domain.OnboardingStep;

/**
 * Fired synchronously around every onboarding step: before its work ({@code STARTING}) and
 * after its work but before the journal records it ({@code PERFORMED}). An observer that throws
 * fails the step.
 */
public record OnboardingProgress(TenantId tenant, OnboardingStep step, Phase phase) {

    public enum Phase {
        STARTING,
        PERFORMED
    }
}
