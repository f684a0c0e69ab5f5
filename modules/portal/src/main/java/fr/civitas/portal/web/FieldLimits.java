package fr.civitas.portal.web;

import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The longest each field of a form may be, read from the form's own {@link Size} constraints:
 * the views print them as {@code maxlength}, so that the browser stops where the server would
 * refuse. Fields without a limit are absent (0 in the views: no attribute).
 */
final class FieldLimits {

    private static final Map<Class<?>, Map<String, Integer>> KNOWN = new ConcurrentHashMap<>();

    private FieldLimits() {
    }

    static Map<String, Integer> of(Class<? extends Record> form) {
        return KNOWN.computeIfAbsent(form, FieldLimits::read);
    }

    private static Map<String, Integer> read(Class<?> form) {
        Map<String, Integer> limits = new HashMap<>();
        for (RecordComponent component : form.getRecordComponents()) {
            // @Size does not target record components: the compiler puts it on the component's field
            Size size = field(form, component.getName()).getAnnotation(Size.class);
            if (size != null) {
                limits.put(component.getName(), size.max());
            }
        }
        return Map.copyOf(limits);
    }

    private static Field field(Class<?> form, String name) {
        try {
            return form.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record without the field of its component " + name, e);
        }
    }
}
