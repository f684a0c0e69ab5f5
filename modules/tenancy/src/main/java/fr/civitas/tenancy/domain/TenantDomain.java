package fr.civitas.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/** A host name under which a council's portal is served, e.g. {@code www.laval.fr}. */
@Entity
@Table(name = "tenant_domain")
public class TenantDomain {

    @Id
    private String host;

    @Column(name = "tenant_slug", nullable = false)
    private String tenantSlug;

    protected TenantDomain() {
    }

    public TenantDomain(String host, String tenantSlug) {
        this.host = normalise(host);
        this.tenantSlug = Objects.requireNonNull(tenantSlug);
    }

    public static String normalise(String host) {
        return Objects.requireNonNull(host, "host").trim().toLowerCase(Locale.ROOT);
    }

    public String host() {
        return host;
    }

    public String tenantSlug() {
        return tenantSlug;
    }
}
