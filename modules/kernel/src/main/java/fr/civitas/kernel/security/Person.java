package fr.civitas.kernel.security;

import java.util.Objects;
import java.util.Set;

/**
 * A person known to a council's realm, as every module may know them: {@code subject} is the
 * realm's stable identifier, {@code username} what they log in with.
 */
public record Person(String subject, String username, String displayName, String email, Set<String> roles) {

    public Person {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
