package fr.civitas.tenancy.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.tenancy.domain.OnboardingStep;
import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.TemplateCatalog;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first step of onboarding: checks an operator's request and writes the council into the
 * directory. A request identical to one already registered is a repeat, not a conflict.
 */
@ApplicationScoped
public class TenantRegistration {

    @Inject
    TenantDirectory directory;

    @Inject
    TemplateCatalog templates;

    @Inject
    OnboardingRequestValidator validator;

    @Inject
    TenancySettings settings;

    @Inject
    Event<OnboardingProgress> progress;

    @Inject
    Clock clock;

    /** @return true when the council is new, false when the request repeats an earlier one */
    @Transactional
    public boolean register(OnboardingRequest request) {
        OnboardingRequestValidator.Valid valid = validator.validate(request);
        Optional<Tenant> existing = directory.find(valid.id());
        if (existing.isPresent()) {
            if (!sameAsRegistered(existing.get(), valid)) {
                throw ProblemException.conflict("slug-taken",
                        TenancyTexts.get("demande.identifiant.pris", valid.id().slug()));
            }
            return false;
        }
        for (String host : valid.hosts()) {
            if (directory.holderOfHost(host).isPresent()) {
                throw ProblemException.conflict("domain-taken",
                        TenancyTexts.get("demande.domaine.pris", host));
            }
        }
        progress.fire(new OnboardingProgress(valid.id(), OnboardingStep.DIRECTORY, OnboardingProgress.Phase.STARTING));
        Instant now = clock.instant();
        Tenant tenant = new Tenant(valid.id(), valid.name(), valid.kind(), valid.template().name(),
                valid.template().version(), valid.parent(), settings.defaultDatabasePlacement(), now);
        directory.register(tenant, valid.hosts(), new ProvisioningJob(valid.id().slug(), now));
        progress.fire(new OnboardingProgress(valid.id(), OnboardingStep.DIRECTORY, OnboardingProgress.Phase.PERFORMED));
        return true;
    }

    private boolean sameAsRegistered(Tenant tenant, OnboardingRequestValidator.Valid request) {
        List<String> hosts = directory.hostsOf(tenant.id());
        return tenant.name().equals(request.name())
                && tenant.kind() == request.kind()
                && tenant.templateName().equals(request.template().name())
                && Objects.equals(tenant.parent().orElse(null), request.parent())
                && new HashSet<>(hosts).equals(new HashSet<>(request.hosts()));
    }

    /** The template a registered council was created from. */
    public TenantTemplate templateOf(Tenant tenant) {
        return templates.find(tenant.templateName())
                .orElseThrow(() -> new IllegalStateException("template " + tenant.templateName() + " has disappeared"));
    }
}
