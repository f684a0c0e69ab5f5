package fr.civitas.tenancy.domain;

/** Where a council stands in its life on the platform. */
public enum TenantStatus {
    /** Onboarding has started and not finished. */
    PROVISIONING,
    /** Serving citizens. */
    ACTIVE,
    /** Closed to citizens by an operator; data kept. */
    SUSPENDED,
    /** A provisioning or migration step failed; an operator's retry resumes it. */
    FAILED,
    /** Offboarded. */
    RETIRED
}
