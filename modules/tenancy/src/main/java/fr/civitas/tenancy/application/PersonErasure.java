package fr.civitas.tenancy.application;

import fr.civitas.identity.spi.TenantRealms;
import fr.civitas.kernel.event.PersonErased;
import fr.civitas.kernel.lifecycle.CouncilData;
import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantView;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * A person's right to erasure in a council: every module erases or anonymises what it holds of
 * them, then their account leaves the council's realm — last, so that a run stopped half-way can
 * be repeated and find them again.
 */
@ApplicationScoped
public class PersonErasure {

    @Inject
    TenantDirectory directory;

    @Inject
    TenantRealms realms;

    @Inject
    Instance<CouncilData> modules;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PersonErased> erased;

    /** @return the person erased */
    public Person erase(TenantId id, String username, String actor) {
        Tenant council = directory.find(id).filter(Tenant::isInService).orElseThrow(
                () -> ProblemException.notFound("tenant-unknown", TenancyTexts.get("collectivite.inconnue", id.slug())));
        TenantView view = council.view();
        Person person = realms.person(view, username).orElseThrow(
                () -> ProblemException.notFound("person-unknown", TenancyTexts.get("effacement.personne-inconnue", id.slug())));
        BoundCouncilWork.within(view, () -> {
            modules.forEach(module -> module.erase(person));
            return null;
        });
        realms.deleteAccount(view, person.subject());
        audit.record(actor, id, "person.erased", person.subject());
        erased.fire(new PersonErased(id, person.subject()));
        return person;
    }
}
