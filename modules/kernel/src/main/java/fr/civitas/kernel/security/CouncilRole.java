package fr.civitas.kernel.security;

import java.util.Set;

/**
 * The roles of the platform, as every module checks them with {@code @RolesAllowed} or
 * {@code isUserInRole}: a council's realm roles, and the operators' role. Names are the realm
 * roles' names.
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
