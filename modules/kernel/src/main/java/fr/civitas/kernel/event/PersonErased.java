package fr.civitas.kernel.event;

import fr.civitas.kernel.tenant.TenantId;
import java.util.Objects;

/** A person's data was erased from a council, at their request: every module has done its part. */
public record PersonErased(TenantId council, String subject) implements CouncilEvent {

    public PersonErased {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(subject, "subject");
    }
}
