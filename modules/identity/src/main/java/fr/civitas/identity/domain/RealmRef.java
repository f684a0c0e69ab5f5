package fr.civitas.identity.domain;

import fr.civitas.kernel.tenant.TenantView;

/** A realm and the identity server (placement) that holds it. */
public record RealmRef(String placement, String realm) {

    public static final String OPERATORS_REALM = "operateurs";

    public static RealmRef of(TenantView tenant) {
        return new RealmRef(tenant.identityPlacement().orElseThrow(
                () -> new IllegalStateException("council " + tenant.id() + " has no realm yet")), tenant.id().slug());
    }

    public static RealmRef operators(String placement) {
        return new RealmRef(placement, OPERATORS_REALM);
    }
}
