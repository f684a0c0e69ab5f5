package fr.civitas.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the platform audit log: who did what to which tenant, and when. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "tenant_slug")
    private String tenantSlug;

    @Column(nullable = false)
    private String action;

    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String tenantSlug, String action, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.tenantSlug = tenantSlug;
        this.action = action;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String tenantSlug() {
        return tenantSlug;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}
