package fr.civitas.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which check each resource method gets: deny by default, the method's word over its class's. */
class RolesAllowedFeatureTest {

    static class Unstated {
        public void open() {
        }

        @PermitAll
        public void stated() {
        }
    }

    @RolesAllowed("editor")
    static class ForEditors {
        public void edit() {
        }

        @PermitAll
        public void read() {
        }

        @DenyAll
        public void never() {
        }
    }

    @PermitAll
    static class Public {
        public void read() {
        }

        @RolesAllowed("council-admin")
        public void administer() {
        }
    }

    @Test
    void aMethodThatStatesNothingOnAClassThatStatesNothingIsRefusedToEverybody() {
        assertEquals(List.of(Set.of()), checksOf(Unstated.class, "open"));
        assertEquals(List.of(), checksOf(Unstated.class, "stated"), "beside it, a public method");
    }

    @Test
    void theMethodsWordWinsOverItsClasss() {
        assertEquals(List.of(Set.of("editor")), checksOf(ForEditors.class, "edit"));
        assertEquals(List.of(), checksOf(ForEditors.class, "read"));
        assertEquals(List.of(Set.of()), checksOf(ForEditors.class, "never"));
        assertEquals(List.of(), checksOf(Public.class, "read"));
        assertEquals(List.of(Set.of("council-admin")), checksOf(Public.class, "administer"));
    }

    /** The roles of each check the feature registers for the method (an empty set: nobody). */
    private static List<Set<String>> checksOf(Class<?> resource, String methodName) {
        Method method;
        try {
            method = resource.getMethod(methodName);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
        ResourceInfo info = new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return method;
            }

            @Override
            public Class<?> getResourceClass() {
                return resource;
            }
        };
        List<Set<String>> checks = new ArrayList<>();
        FeatureContext context = (FeatureContext) Proxy.newProxyInstance(FeatureContext.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class}, (proxy, called, arguments) -> {
                    assertTrue(called.getName().equals("register") && arguments[0] instanceof RolesAllowedFeature.RoleCheck,
                            "only role checks are registered: " + called);
                    checks.add(((RolesAllowedFeature.RoleCheck) arguments[0]).allowed);
                    return proxy;
                });
        new RolesAllowedFeature().configure(info, context);
        return checks;
    }
}
