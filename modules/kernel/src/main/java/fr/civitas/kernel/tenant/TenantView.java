package fr.civitas.kernel.tenant;

import java.util.Objects;

/** What any module may know about the council a request or a job is for. */
public record TenantView(TenantId id, String name, TenantKind kind, String template) {

    public TenantView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(template, "template");
    }
}
