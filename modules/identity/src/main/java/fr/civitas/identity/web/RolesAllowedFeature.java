package fr.civitas.identity.web;

import fr.civitas.kernel.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on resources against the
 * realm roles of the caller: no caller is a 401, a caller without the role a 403, both as problem
 * documents. What the method states wins over what its resource class states. Deny by default: a
 * resource method that states none of them, on itself or on its resource class, is refused to
 * everybody, as under {@code @DenyAll} (and ArchitectureTest fails the build for it).
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    private static final Logger LOG = Logger.getLogger(RolesAllowedFeature.class.getName());

    /** Who may call: everybody, or the holders of one of the roles (none: nobody). */
    private record Access(boolean everybody, Set<String> roles) {

        static final Access EVERYBODY = new Access(true, Set.of());
        static final Access NOBODY = new Access(false, Set.of());
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        Access access = statedBy(method);
        if (access == null) {
            access = statedBy(type);
        }
        if (access == null) {
            LOG.warning(() -> "resource method " + type.getName() + "." + method.getName()
                    + " states no @RolesAllowed, @PermitAll or @DenyAll: refused to everybody");
            access = Access.NOBODY;
        }
        if (!access.everybody()) {
            context.register(new RoleCheck(access.roles()));
        }
    }

    /** What a method or a class states about its callers; null when it states nothing. */
    private static Access statedBy(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return Access.NOBODY;
        }
        if (element.isAnnotationPresent(RolesAllowed.class)) {
            return new Access(false, Set.copyOf(Arrays.asList(element.getAnnotation(RolesAllowed.class).value())));
        }
        return element.isAnnotationPresent(PermitAll.class) ? Access.EVERYBODY : null;
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        final Set<String> allowed;

        RoleCheck(Set<String> allowed) {
            this.allowed = allowed;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw ProblemException.unauthorized(IdentityTexts.get("connexion.requise"));
            }
            if (allowed.stream().noneMatch(security::isUserInRole)) {
                throw new ProblemException(403, "forbidden", IdentityTexts.get("acces.refuse"),
                        IdentityTexts.get("acces.refuse.detail"));
            }
        }
    }
}
