package fr.civitas.kernel.event;

import fr.civitas.kernel.tenant.TenantId;

/**
 * Something that happened to one council's data, fired as a CDI event by the module that did
 * it. Observers run once the change is committed, never before and never for a change rolled
 * back: they declare {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, which
 * ArchitectureTest checks. They are told the council: an observer works for that council
 * only.
 */
public interface CouncilEvent {

    TenantId council();
}
