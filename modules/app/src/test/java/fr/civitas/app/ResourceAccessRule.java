package fr.civitas.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * Deny by default, as a build rule: every resource method of a concrete JAX-RS resource (a method
 * with an HTTP method designator, or a {@code @Path} method, sub-resource locators included)
 * states who may call it, on itself or on its resource class, the way {@code RolesAllowedFeature}
 * reads it.
 */
final class ResourceAccessRule {

    private static final List<Class<? extends java.lang.annotation.Annotation>> STATEMENTS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);

    private ResourceAccessRule() {
    }

    static ArchRule everyResourceMethodStatesWhoMayCallIt() {
        return classes().that(areConcreteResources())
                .should(stateWhoMayCallEachResourceMethod())
                .because("a route nobody thought about must be refused, not public");
    }

    private static DescribedPredicate<JavaClass> areConcreteResources() {
        return DescribedPredicate.describe("are concrete JAX-RS resources", type -> !type.isInterface()
                && !type.getModifiers().contains(JavaModifier.ABSTRACT)
                && (type.isAnnotatedWith(Path.class) || type.getAllMethods().stream().anyMatch(ResourceAccessRule::isResourceMethod)));
    }

    private static ArchCondition<JavaClass> stateWhoMayCallEachResourceMethod() {
        return new ArchCondition<>("state who may call each resource method (@RolesAllowed, @PermitAll or @DenyAll)") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                for (JavaMethod method : resource.getAllMethods()) {
                    if (isResourceMethod(method) && !states(method) && !states(resource)) {
                        events.add(SimpleConditionEvent.violated(method, resource.getName() + " serves "
                                + method.getFullName() + " without saying who may call it"));
                    }
                }
            }
        };
    }

    private static boolean isResourceMethod(JavaMethod method) {
        return method.isAnnotatedWith(Path.class) || method.getAnnotations().stream()
                .map(JavaAnnotation::getRawType).anyMatch(type -> type.isAnnotatedWith(HttpMethod.class));
    }

    private static boolean states(CanBeAnnotated element) {
        return STATEMENTS.stream().anyMatch(element::isAnnotatedWith);
    }
}
