package fr.civitas.kernel.tenant;

import java.util.List;

/**
 * The entities a module keeps in every council's schema. A module declares its implementation
 * in its own jar's {@code META-INF/services/fr.civitas.kernel.tenant.TenantEntities}; the
 * council's persistence unit takes them from there, so adding a module edits no other module.
 * Read by {@link java.util.ServiceLoader} while persistence starts, before any bean exists:
 * an implementation has a public no-argument constructor and no dependencies.
 */
public interface TenantEntities {

    List<Class<?>> entities();
}
