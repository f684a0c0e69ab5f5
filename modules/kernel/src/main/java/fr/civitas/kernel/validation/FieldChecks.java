package fr.civitas.kernel.validation;

import fr.civitas.kernel.text.KernelTexts;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a command against its constraints and says, in French, what is wrong with each field:
 * one message per field, fields in the order the record declares them. A constraint left with
 * its default message speaks with the kernel's words ({@code Ce champ est obligatoire.}…); a
 * constraint whose {@code message} names a key speaks with the module's, through {@code texts}.
 */
public final class FieldChecks {

    /** A module's texts: {@code PortalTexts::get}, {@code TenancyTexts::get}… */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);
    }

    private FieldChecks() {
    }

    public static <T> Map<String, String> errors(Validator validator, T command, Texts texts, Class<?>... groups) {
        List<ConstraintViolation<T>> violations = validator.validate(command, groups).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<T> violation) -> order(command, field(violation)))
                        .thenComparingInt(violation -> priority(violation.getConstraintDescriptor().getAnnotation())))
                .toList();
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<T> violation : violations) {
            errors.putIfAbsent(field(violation), message(violation, texts));
        }
        return errors;
    }

    /** The field a violation is about: the first node of its path ({@code domains}, not {@code domains[2]}). */
    static String field(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            return node.getName();
        }
        return "";
    }

    static String message(ConstraintViolation<?> violation, Texts texts) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        String template = violation.getMessageTemplate();
        if (!template.startsWith("{")) {
            return texts.get(template, arguments(constraint));
        }
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return KernelTexts.get("champ.obligatoire");
        }
        if (constraint instanceof Size size) {
            return violation.getInvalidValue() instanceof CharSequence
                    ? KernelTexts.get("champ.trop-long", size.max())
                    : KernelTexts.get("champ.trop-nombreux", size.max());
        }
        if (constraint instanceof PlainText text) {
            return text.multiline() ? KernelTexts.get("champ.caracteres-controle.lignes")
                    : KernelTexts.get("champ.caracteres-controle");
        }
        if (constraint instanceof WholeNumber number) {
            return KernelTexts.get("champ.nombre", number.min(), number.max());
        }
        if (constraint instanceof CalendarDate date) {
            return KernelTexts.get("champ.date", String.valueOf(date.minYear()), String.valueOf(date.maxYear()));
        }
        return KernelTexts.get("champ.invalide");
    }

    /** What a module's text may show: the limits of the constraint, in a fixed order. */
    private static Object[] arguments(Annotation constraint) {
        if (constraint instanceof Size size) {
            return new Object[] {size.max()};
        }
        if (constraint instanceof WholeNumber number) {
            return new Object[] {number.min(), number.max()};
        }
        return new Object[0];
    }

    /** The message people need first: a missing value, then characters, then length, then the rest. */
    private static int priority(Annotation constraint) {
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return 0;
        }
        if (constraint instanceof PlainText) {
            return 1;
        }
        return constraint instanceof Size ? 2 : 3;
    }

    private static int order(Object command, String field) {
        if (!command.getClass().isRecord()) {
            return 0;
        }
        RecordComponent[] components = command.getClass().getRecordComponents();
        return Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(field);
    }
}
