package fr.civitas.identity.domain;

import java.util.Set;

/** Who is calling, as the council's realm vouched for them. */
public record Caller(String subject, String username, String displayName, String email, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
