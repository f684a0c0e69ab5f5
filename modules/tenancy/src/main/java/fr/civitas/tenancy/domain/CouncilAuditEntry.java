package fr.civitas.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a council's own audit log, in the council's schema: who changed what of its
 * data, and when. What operators do to the council itself is in the platform's {@link AuditEntry}.
 */
@Entity
@Table(name = "audit_entry")
public class CouncilAuditEntry {

    public static final int MAX_DETAIL = 2000;
    /** Who an erased person's entries are recorded as. */
    public static final String ERASED_ACTOR = "personne-effacee";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    private String detail;

    protected CouncilAuditEntry() {
    }

    public CouncilAuditEntry(Instant occurredAt, String actor, String action, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }
}
