package fr.civitas.tenancy.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.tenant.TemplateContentImporter;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.identity.spi.TenantRealms;
import fr.civitas.tenancy.domain.JobStatus;
import fr.civitas.tenancy.domain.OnboardingStep;
import fr.civitas.tenancy.domain.ProvisioningJob;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantSchemas;
import fr.civitas.tenancy.domain.TenantTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The onboarding saga: directory entry, schema, migrations, content from the template, realm
 * from the template, activation. Every step is idempotent and its completion journaled, so a run that fails at
 * any step leaves the council visibly failed and the next run resumes after the last step done.
 */
@ApplicationScoped
public class TenantOnboarding {

    private static final Logger LOG = Logger.getLogger(TenantOnboarding.class.getName());

    @Inject
    TenantRegistration registration;

    @Inject
    ProvisioningJournal journal;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantSchemas schemas;

    @Inject
    Instance<TemplateContentImporter> importers;

    @Inject
    TenantRealms realms;

    @Inject
    Event<OnboardingProgress> progress;

    @Inject
    AuditTrail audit;

    /** Registers the council if it is new, then runs the saga to its end or to its first failure. */
    public OnboardingOutcome onboard(OnboardingRequest request, String actor) {
        boolean created = register(request);
        TenantId id = TenantId.of(request.slug());
        if (created) {
            audit.record(actor, id, "tenant.registered", request.name());
        }
        return run(id, created, actor);
    }

    /** Resumes a council's onboarding after the last step it completed. */
    public OnboardingOutcome resume(TenantId id, String actor) {
        if (directory.find(id).isEmpty()) {
            throw ProblemException.notFound("tenant-unknown", TenancyTexts.get("collectivite.inconnue", id.slug()));
        }
        return run(id, false, actor);
    }

    private boolean register(OnboardingRequest request) {
        try {
            return registration.register(request);
        } catch (RuntimeException e) {
            if (e instanceof ProblemException || !Failures.duplicateKey(e)) {
                throw e;
            }
            // a request for the same slug or host was registered meanwhile: now it is seen, and
            // this one is answered as a repeat or a conflict
            return registration.register(request);
        }
    }

    private OnboardingOutcome run(TenantId id, boolean created, String actor) {
        ProvisioningJob job = claim(id, created);
        Optional<OnboardingStep> step = job.status() == JobStatus.DONE
                ? Optional.empty() : job.nextStep();
        while (step.isPresent()) {
            OnboardingStep current = step.get();
            try {
                perform(id, current);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "onboarding of " + id + " failed at step " + current, e);
                journal.failed(id, current, Failures.describe(e));
                audit.record(actor, id, "tenant.onboarding-failed", current + ": " + Failures.describe(e));
                return outcome(id, created);
            }
            journal.completed(id, current);
            LOG.info(() -> "onboarding of " + id + ": step " + current + " done");
            step = current.next();
        }
        if (!job.status().equals(JobStatus.DONE)) {
            audit.record(actor, id, "tenant.activated", null);
        }
        return outcome(id, created);
    }

    private ProvisioningJob claim(TenantId id, boolean registeredByThisRun) {
        try {
            return journal.claim(id, registeredByThisRun);
        } catch (RuntimeException e) {
            if (!(e instanceof ProblemException) && Failures.lostRace(e)) {
                throw ProvisioningJournal.inProgress(id);
            }
            throw e;
        }
    }

    private void perform(TenantId id, OnboardingStep step) {
        progress.fire(new OnboardingProgress(id, step, OnboardingProgress.Phase.STARTING));
        switch (step) {
            case DIRECTORY, ACTIVATION -> {
                // the directory entry is written by registration; activation is journaled on completion
            }
            case SCHEMA -> schemas.create(id);
            case MIGRATIONS -> schemas.migrate(id);
            case CONTENT -> importContent(id);
            case REALM -> provisionRealm(id);
        }
        progress.fire(new OnboardingProgress(id, step, OnboardingProgress.Phase.PERFORMED));
    }

    private void importContent(TenantId id) {
        Tenant tenant = directory.find(id).orElseThrow();
        TenantTemplate template = registration.templateOf(tenant);
        try (TenantContext.Scope ignored = TenantContext.bind(tenant.view(), "/t/" + id.slug())) {
            importers.forEach(importer -> importer.importContent(id, template.folder()));
        }
    }

    private void provisionRealm(TenantId id) {
        Tenant tenant = directory.find(id).orElseThrow();
        TenantTemplate template = registration.templateOf(tenant);
        String server = realms.provision(
                new TenantRealms.RealmRequest(id, tenant.name(), template.folder(), directory.hostsOf(id)));
        journal.realmPlaced(id, server);
    }

    private OnboardingOutcome outcome(TenantId id, boolean created) {
        Tenant tenant = directory.find(id).orElseThrow();
        return new OnboardingOutcome(tenant, directory.hostsOf(id), directory.jobOf(id).orElseThrow(), created);
    }
}
