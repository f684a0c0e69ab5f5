package fr.civitas.portal.application;

import fr.civitas.kernel.problem.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects what is wrong with a form, field by field, in French; nothing is saved if anything is. */
final class FieldErrors {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final Map<String, String> errors = new LinkedHashMap<>();

    void add(String field, String key, Object... args) {
        errors.putIfAbsent(field, PortalTexts.get(key, args));
    }

    String required(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            add(field, "formulaire.obligatoire");
        } else if (trimmed.length() > maxLength) {
            add(field, "formulaire.trop-long", maxLength);
        }
        return storable(field, trimmed);
    }

    String optional(String field, String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > maxLength) {
            add(field, "formulaire.trop-long", maxLength);
        }
        storable(field, trimmed);
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** PostgreSQL refuses a NUL character in text: refused here, it is an error on the field, not a failure. */
    String storable(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            add(field, "formulaire.caractere-nul");
        }
        return value;
    }

    String slug(String field, String value) {
        String slug = required(field, value, 80);
        if (!slug.isEmpty() && !SLUG.matcher(slug).matches()) {
            add(field, "formulaire.identifiant");
        }
        return slug;
    }

    int integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            add(field, "formulaire.nombre");
            return 0;
        }
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
