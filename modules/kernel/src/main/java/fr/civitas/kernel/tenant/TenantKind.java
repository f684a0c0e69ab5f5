package fr.civitas.kernel.tenant;

import fr.civitas.kernel.text.KernelTexts;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of French local authority the platform serves. */
public enum TenantKind {
    DEPARTEMENT("departement"),
    COMMUNE("commune"),
    EPCI("epci");

    private final String code;

    TenantKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind as a person reads it: « Département », « Commune », « Intercommunalité ». */
    public String label() {
        return KernelTexts.get("collectivite.type." + code);
    }

    public static Optional<TenantKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
