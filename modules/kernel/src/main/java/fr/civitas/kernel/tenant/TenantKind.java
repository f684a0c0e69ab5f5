package fr.civitas.kernel.tenant;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of French local authority the platform serves. */
public enum TenantKind {
    DEPARTEMENT("departement", "Département"),
    COMMUNE("commune", "Commune"),
    EPCI("epci", "Intercommunalité");

    private final String code;
    private final String label;

    TenantKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<TenantKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
