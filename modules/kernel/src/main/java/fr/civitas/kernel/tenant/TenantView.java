package fr.civitas.kernel.tenant;

import java.util.Objects;
import java.util.Optional;

/**
 * What any module may know about the council a request or a job is for, including which
 * identity server holds its realm once it has one.
 */
public record TenantView(TenantId id, String name, TenantKind kind, String template, String identityServer) {

    public TenantView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(template, "template");
    }

    public TenantView(TenantId id, String name, TenantKind kind, String template) {
        this(id, name, kind, template, null);
    }

    /** The identity server (placement) holding the council's realm, named like the council. */
    public Optional<String> identityPlacement() {
        return Optional.ofNullable(identityServer);
    }
}
