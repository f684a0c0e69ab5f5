package fr.civitas.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** Every operation of the application that reads a JSON body, found in its JAX-RS resources: {@code POST /api/…}. */
final class JsonApis {

    private JsonApis() {
    }

    static Set<String> all() {
        Set<String> operations = new TreeSet<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.civitas")) {
            Class<?> resource = type.reflect();
            if (!resource.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                String verb = verbOf(method);
                if (verb != null && consumesJson(resource, method)) {
                    operations.add(verb + " " + path(resource, method));
                }
            }
        }
        return operations;
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static boolean consumesJson(Class<?> resource, Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        return consumes != null && Arrays.stream(consumes.value()).anyMatch(type -> type.contains("json"));
    }

    private static String path(Class<?> resource, Method method) {
        String path = "/" + resource.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
        if (method.isAnnotationPresent(Path.class)) {
            path += "/" + method.getAnnotation(Path.class).value().replaceAll("^/|/$", "");
        }
        return path;
    }
}
