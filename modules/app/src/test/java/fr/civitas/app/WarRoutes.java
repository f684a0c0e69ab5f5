package fr.civitas.app;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Every route of the WAR, as {@code "GET /gestion/pages/{id}"}: the root resource classes among
 * its classes and those of the platform's jars in it, read by reflection. A path parameter's regular
 * expression is left out ({@code {slug: [a-z]+}} is {@code {slug}}).
 */
final class WarRoutes {

    private static final String CLASSES = "WEB-INF/classes/";
    private static final String LIBRARIES = "WEB-INF/lib/civitas-";

    private WarRoutes() {
    }

    static SortedSet<String> of(java.nio.file.Path war) {
        SortedSet<String> routes = new TreeSet<>();
        for (String className : classNames(war)) {
            Class<?> type = load(className);
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !type.isAnnotationPresent(Path.class)) {
                continue;
            }
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getMethods()) {
                String verb = httpMethodOf(method);
                if (verb == null && method.isAnnotationPresent(Path.class)) {
                    throw new AssertionError("sub-resource locator " + method + ": walk its resource's routes too");
                }
                if (verb != null && !method.isBridge()) {
                    String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
                    routes.add(verb + " " + join(base, sub));
                }
            }
        }
        return routes;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<String> classNames(java.nio.file.Path war) {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith(CLASSES) && entry.getName().endsWith(".class")
                        && !entry.getName().endsWith("-info.class")) {
                    names.add(className(entry.getName().substring(CLASSES.length())));
                } else if (entry.getName().startsWith(LIBRARIES) && entry.getName().endsWith(".jar")) {
                    names.addAll(classNamesOfJar(zip.getInputStream(entry)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static List<String> classNamesOfJar(InputStream jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(jar)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".class") && !entry.getName().endsWith("-info.class")) {
                    names.add(className(entry.getName()));
                }
            }
        }
        return names;
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }

    /** The same classes the WAR holds, from the test's class path, not initialised. */
    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, WarRoutes.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("class " + name + " of the WAR is not on the test's class path", e);
        }
    }
}
