package fr.civitas.kernel.shell;

import java.util.Objects;
import java.util.Set;

/**
 * One screen of the back-office in its navigation: its label (French), its path under the
 * council's portal ({@code /gestion/...}), the roles that may open it, and its place (smaller
 * first).
 */
public record BackOfficeEntry(String label, String path, Set<String> roles, int order) {

    public BackOfficeEntry {
        Objects.requireNonNull(label, "label");
        if (path == null || !path.startsWith("/gestion")) {
            throw new IllegalArgumentException("a back-office screen lives under /gestion: " + path);
        }
        roles = Set.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a back-office screen is for some roles: " + path);
        }
    }

    public boolean openTo(Set<String> granted) {
        return roles.stream().anyMatch(granted::contains);
    }
}
