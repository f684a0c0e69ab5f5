package fr.civitas.tenancy.domain;

public enum JobStatus {
    /** Registered, no run has taken it yet. */
    PENDING,
    RUNNING,
    FAILED,
    DONE,
    /** The council is being offboarded: the run holding the lease deletes it; nothing may resume it. */
    CLOSING,
    /** The council is retired; its onboarding can never resume. */
    CLOSED
}
