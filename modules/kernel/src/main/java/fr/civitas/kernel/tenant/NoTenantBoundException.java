package fr.civitas.kernel.tenant;

/**
 * Raised when code that needs a tenant runs without one. It must never be caught to fall back
 * to a default schema: that is how data leaks between councils.
 */
public class NoTenantBoundException extends IllegalStateException {

    public NoTenantBoundException() {
        super("no tenant is bound to this thread: tenant data cannot be reached");
    }
}
