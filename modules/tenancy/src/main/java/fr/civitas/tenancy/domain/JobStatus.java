package fr.civitas.tenancy.domain;

public enum JobStatus {
    /** Registered, no run has taken it yet. */
    PENDING,
    RUNNING,
    FAILED,
    DONE
}
