package fr.civitas.tenancy.application;

import fr.civitas.kernel.tenant.TenantView;
import java.util.Objects;
import java.util.Optional;

/**
 * The tenant bound to the current thread. Bound by the request filter and by background work
 * that carries a tenant id explicitly; always released through the returned {@link Scope} in a
 * try-with-resources, so a pooled thread never keeps a tenant.
 */
public final class TenantContext {

    /** {@code domain} is null when the council was reached by path prefix or in background work. */
    public record Binding(TenantView tenant, String portalPath, String domain) {
    }

    /** Restores whatever was bound before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static final ThreadLocal<Binding> BOUND = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Scope bind(TenantView tenant, String portalPath) {
        return bind(tenant, portalPath, null);
    }

    /** For a request that came by one of the council's own domains. */
    public static Scope bind(TenantView tenant, String portalPath, String domain) {
        Objects.requireNonNull(tenant, "tenant");
        Binding previous = BOUND.get();
        BOUND.set(new Binding(tenant, portalPath, domain));
        return () -> {
            if (previous == null) {
                BOUND.remove();
            } else {
                BOUND.set(previous);
            }
        };
    }

    public static Optional<Binding> current() {
        return Optional.ofNullable(BOUND.get());
    }
}
