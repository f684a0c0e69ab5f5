package fr.civitas.identity.domain;

import java.util.Set;
import java.util.stream.Collectors;

/** Who is calling, as the council's realm vouched for them. */
public record Caller(String subject, String username, String displayName, String email, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The same caller with only those of its roles that its realm may grant. */
    public Caller limitedTo(Set<String> grantable) {
        return new Caller(subject, username, displayName, email,
                roles.stream().filter(grantable::contains).collect(Collectors.toSet()));
    }
}
