package fr.civitas.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The journal of a tenant's onboarding: the last step completed, and the failure that stopped
 * it, if any. The saga resumes from the step after {@link #lastCompletedStep()}.
 */
@Entity
@Table(name = "provisioning_job")
public class ProvisioningJob {

    private static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @Column(name = "tenant_slug")
    private String tenantSlug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_completed_step")
    private OnboardingStep lastCompletedStep;

    @Enumerated(EnumType.STRING)
    @Column(name = "failed_step")
    private OnboardingStep failedStep;

    @Column(name = "last_error")
    private String lastError;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "export_file")
    private String exportFile;

    @Version
    private long version;

    protected ProvisioningJob() {
    }

    /** A new job, whose first step, the directory entry, is being written with it. */
    public ProvisioningJob(String tenantSlug, Instant now) {
        this.tenantSlug = tenantSlug;
        this.status = JobStatus.PENDING;
        this.lastCompletedStep = OnboardingStep.DIRECTORY;
        this.attempts = 0;
        this.startedAt = now;
        this.updatedAt = now;
    }

    public String tenantSlug() {
        return tenantSlug;
    }

    public JobStatus status() {
        return status;
    }

    public Optional<OnboardingStep> lastCompletedStep() {
        return Optional.ofNullable(lastCompletedStep);
    }

    public Optional<OnboardingStep> nextStep() {
        return lastCompletedStep == null ? Optional.of(OnboardingStep.DIRECTORY) : lastCompletedStep.next();
    }

    public Optional<OnboardingStep> failedStep() {
        return Optional.ofNullable(failedStep);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public int attempts() {
        return attempts;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** True when a run (onboarding or offboarding) holds this job and has not let its lease expire. */
    public boolean isHeld(Instant now) {
        return (status == JobStatus.RUNNING || status == JobStatus.CLOSING) && leaseUntil != null && leaseUntil.isAfter(now);
    }

    /** True once an offboarding has started: the council may only leave from here. */
    public boolean isLeaving() {
        return status == JobStatus.CLOSING || status == JobStatus.CLOSED;
    }

    /** Where the offboarding wrote the council's data, once it has. */
    public Optional<String> exportFile() {
        return Optional.ofNullable(exportFile);
    }

    /** Registered a moment ago: the request that registered it is about to run it. */
    public boolean awaitsItsFirstRun(Instant now, Duration lease) {
        return status == JobStatus.PENDING && !isStuck(now, lease);
    }

    /**
     * A job that no run is moving forward and that has not failed visibly: its run stopped
     * (crash, kill) without finishing or recording a failure.
     */
    public boolean isStuck(Instant now, Duration lease) {
        return switch (status) {
            case RUNNING, CLOSING -> leaseUntil == null || !leaseUntil.isAfter(now);
            case PENDING -> updatedAt.plus(lease).isBefore(now);
            case FAILED, DONE, CLOSED -> false;
        };
    }

    public void claim(Instant now, Duration lease) {
        attempts++;
        status = JobStatus.RUNNING;
        failedStep = null;
        updatedAt = now;
        leaseUntil = now.plus(lease);
    }

    public void completed(OnboardingStep step, Instant now, Duration lease) {
        lastCompletedStep = step;
        updatedAt = now;
        leaseUntil = now.plus(lease);
        if (step.next().isEmpty()) {
            status = JobStatus.DONE;
            leaseUntil = null;
            lastError = null;
        }
    }

    /** The application's migrations failed on this tenant: resuming runs them again. */
    public void migrationFailed(String error, Instant now) {
        lastCompletedStep = OnboardingStep.SCHEMA;
        failed(OnboardingStep.MIGRATIONS, error, now);
    }

    /** An offboarding takes the job: from now on no onboarding run may claim it. */
    public void beginOffboarding(Instant now, Duration lease) {
        status = JobStatus.CLOSING;
        updatedAt = now;
        leaseUntil = now.plus(lease);
    }

    public void exported(String file, Instant now) {
        exportFile = file;
        updatedAt = now;
    }

    /** The offboarding run stopped on an error: a repeated offboarding may take over at once. */
    public void offboardingStopped(String error, Instant now) {
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        updatedAt = now;
        leaseUntil = null;
    }

    public void close(Instant now) {
        status = JobStatus.CLOSED;
        updatedAt = now;
        leaseUntil = null;
    }

    public void failed(OnboardingStep step, String error, Instant now) {
        status = JobStatus.FAILED;
        failedStep = step;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        updatedAt = now;
        leaseUntil = null;
    }
}
