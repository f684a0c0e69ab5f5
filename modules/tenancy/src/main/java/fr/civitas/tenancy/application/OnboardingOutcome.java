package fr.civitas.tenancy.application;

import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.Tenant;
import java.util.List;

/** Where a council's onboarding stands after a run of the saga. */
public record OnboardingOutcome(Tenant tenant, List<String> domains, ProvisioningJob job, boolean created) {
}
