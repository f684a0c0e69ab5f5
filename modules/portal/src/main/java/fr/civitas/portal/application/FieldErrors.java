package fr.civitas.portal.application;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.validation.CalendarDateValidator;
import fr.civitas.kernel.validation.FieldChecks;
import fr.civitas.kernel.validation.WholeNumberValidator;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What is wrong with a form, field by field, in French; nothing is saved if anything is. The
 * form's constraints are checked first; the checks that need the council's data (a slug already
 * taken, a category that does not exist) only run on fields the constraints let through.
 */
final class FieldErrors {

    private final Map<String, String> errors;

    private FieldErrors(Map<String, String> errors) {
        this.errors = new LinkedHashMap<>(errors);
    }

    /** The form's constraints, the {@link jakarta.validation.groups.Default default} ones and those of {@code groups}. */
    static FieldErrors check(Validator validator, Object form, Class<?>... groups) {
        Class<?>[] all = Stream.concat(Stream.of(Default.class), Stream.of(groups)).toArray(Class<?>[]::new);
        return new FieldErrors(FieldChecks.errors(validator, form, PortalTexts::get, all));
    }

    void add(String field, String key, Object... args) {
        errors.putIfAbsent(field, PortalTexts.get(key, args));
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A text field as stored: without surrounding spaces, null when empty. */
    static String optional(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static String required(String value) {
        return value == null ? "" : value.strip();
    }

    /** A position its constraint let through: 0 when left empty. */
    static int position(String value) {
        return value == null || value.isBlank() ? 0 : (int) WholeNumberValidator.parse(value).orElse(0);
    }

    /** A date its constraint let through, or {@code otherwise} when left empty. */
    static LocalDate date(String value, LocalDate otherwise) {
        return value == null || value.isBlank() ? otherwise : CalendarDateValidator.parse(value).orElse(otherwise);
    }
}
