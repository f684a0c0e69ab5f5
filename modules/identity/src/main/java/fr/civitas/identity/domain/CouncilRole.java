package fr.civitas.identity.domain;

import java.util.Set;

/**
 * The realm roles of a council, as Jakarta Security roles for {@code @RolesAllowed}. Names are
 * the realm roles' names.
 */
public final class CouncilRole {

    public static final String CITIZEN = "citizen";
    public static final String AGENT = "agent";
    public static final String EDITOR = "editor";
    public static final String COUNCIL_ADMIN = "council-admin";
    /** Role of the operators' realm. */
    public static final String OPERATOR = "operator";

    public static final Set<String> OF_COUNCILS = Set.of(CITIZEN, AGENT, EDITOR, COUNCIL_ADMIN);

    private CouncilRole() {
    }
}
