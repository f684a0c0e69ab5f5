package fr.civitas.portal.application;

import fr.civitas.kernel.audit.AuditLog;
import fr.civitas.kernel.event.ContentChanged;
import fr.civitas.kernel.tenant.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * What follows every change an editor or a council admin makes to the portal: it is recorded in
 * the council's audit log under {@code portal.<what>.<verb>}, with who made it, and announced
 * (once committed) to whoever keeps something made of the council's content: renderings, the
 * chatbot's index.
 */
@ApplicationScoped
public class PortalChanges {

    @Inject
    AuditLog audit;

    @Inject
    Event<ContentChanged> changed;

    @Inject
    CurrentTenant currentTenant;

    void record(String actor, String what, String verb, String detail) {
        audit.record(actor, "portal." + what + "." + verb, detail);
        changed.fire(new ContentChanged(currentTenant.require().id(), what, detail));
    }
}
