package fr.civitas.tenancy.domain;

import fr.civitas.kernel.tenant.TenantKind;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * A tenant template: everything a new council starts with, read from a folder of
 * {@code tenant-templates/}.
 */
public record TenantTemplate(String name, String version, Set<TenantKind> kinds, Path folder,
                             Map<String, Object> defaults) {

    public boolean suits(TenantKind kind) {
        return kinds.contains(kind);
    }
}
