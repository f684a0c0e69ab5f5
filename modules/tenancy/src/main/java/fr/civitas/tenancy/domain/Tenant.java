package fr.civitas.tenancy.domain;

import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantKind;
import fr.civitas.kernel.tenant.TenantView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A council in the platform directory. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "template_name", nullable = false)
    private String templateName;

    @Column(name = "template_version", nullable = false)
    private String templateVersion;

    @Column(name = "parent_slug")
    private String parentSlug;

    @Column(name = "database_placement", nullable = false)
    private String databasePlacement;

    @Column(name = "identity_server")
    private String identityServer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_failure")
    private TenantStatus statusBeforeFailure;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(TenantId id, String name, TenantKind kind, String templateName, String templateVersion,
                  TenantId parent, String databasePlacement, Instant now) {
        this.slug = Objects.requireNonNull(id, "id").slug();
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind").code();
        this.templateName = Objects.requireNonNull(templateName, "templateName");
        this.templateVersion = Objects.requireNonNull(templateVersion, "templateVersion");
        this.parentSlug = parent == null ? null : parent.slug();
        this.databasePlacement = Objects.requireNonNull(databasePlacement, "databasePlacement");
        this.status = TenantStatus.PROVISIONING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public TenantId id() {
        return TenantId.of(slug);
    }

    public String name() {
        return name;
    }

    public TenantKind kind() {
        return TenantKind.fromCode(kind).orElseThrow();
    }

    public TenantStatus status() {
        return status;
    }

    public String templateName() {
        return templateName;
    }

    public String templateVersion() {
        return templateVersion;
    }

    public Optional<TenantId> parent() {
        return Optional.ofNullable(parentSlug).map(TenantId::of);
    }

    public String databasePlacement() {
        return databasePlacement;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Open or suspended: its schema is in place and follows the application's migrations. */
    public boolean isInService() {
        return status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED;
    }

    public TenantView view() {
        return new TenantView(id(), name, kind(), templateName, identityServer);
    }

    /** Records which identity server holds the council's realm. */
    public void placeRealm(String server, Instant now) {
        this.identityServer = server;
        this.updatedAt = now;
    }

    public void retire(Instant now) {
        moveTo(TenantStatus.RETIRED, now);
    }

    /**
     * Ends an onboarding: the council opens, or goes back to the status it had when a migration
     * failed, so that one suspended stays suspended.
     */
    public void activate(Instant now) {
        if (status == TenantStatus.RETIRED) {
            throw new IllegalStateException("a retired tenant cannot be activated: " + slug);
        }
        TenantStatus next = statusBeforeFailure == null ? TenantStatus.ACTIVE : statusBeforeFailure;
        statusBeforeFailure = null;
        moveTo(next, now);
    }

    public void markFailed(Instant now) {
        if (status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED) {
            statusBeforeFailure = status;
        }
        moveTo(TenantStatus.FAILED, now);
    }

    public void resumeProvisioning(Instant now) {
        if (status == TenantStatus.RETIRED) {
            throw new IllegalStateException("a retired tenant cannot be provisioned again: " + slug);
        }
        moveTo(TenantStatus.PROVISIONING, now);
    }

    /** Closes the portal to citizens; only an active council can be suspended. */
    public void suspend(Instant now) {
        if (status != TenantStatus.ACTIVE && status != TenantStatus.SUSPENDED) {
            throw new IllegalStateException("only an active tenant can be suspended, " + slug + " is " + status);
        }
        moveTo(TenantStatus.SUSPENDED, now);
    }

    public void reinstate(Instant now) {
        if (status != TenantStatus.SUSPENDED && status != TenantStatus.ACTIVE) {
            throw new IllegalStateException("only a suspended tenant can be reinstated, " + slug + " is " + status);
        }
        moveTo(TenantStatus.ACTIVE, now);
    }

    private void moveTo(TenantStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }
}
