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
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on resources against the
 * realm roles of the caller: no caller is a 401, a caller without the role a 403, both as problem
 * documents. Method annotations win over class annotations.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleCheck(Set.of()));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleCheck(roles(method.getAnnotation(RolesAllowed.class))));
        } else if (type.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleCheck(Set.of()));
        } else if (type.isAnnotationPresent(RolesAllowed.class) && !type.isAnnotationPresent(PermitAll.class)) {
            context.register(new RoleCheck(roles(type.getAnnotation(RolesAllowed.class))));
        }
    }

    private static Set<String> roles(RolesAllowed annotation) {
        return Set.copyOf(Arrays.asList(annotation.value()));
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final Set<String> allowed;

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
