package fr.civitas.kernel.tenant;

/**
 * Port through which a module declares the migrations it owns in every tenant schema. The
 * tenancy module runs them, module by module, each with its own history table.
 */
public interface TenantMigrations {

    /** Short module name, used to name the module's migration history table. */
    String module();

    /** Classpath folder of the module's SQL migrations, e.g. {@code db/tenant/portal}. */
    String location();
}
