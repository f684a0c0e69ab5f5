package fr.civitas.kernel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Checks {@link WholeNumber}. */
public class WholeNumberValidator implements ConstraintValidator<WholeNumber, CharSequence> {

    private static final Pattern DIGITS = Pattern.compile("[-+]?[0-9]{1,18}");

    private long min;
    private long max;

    @Override
    public void initialize(WholeNumber constraint) {
        min = constraint.min();
        max = constraint.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        OptionalLong number = parse(value.toString());
        return number.isPresent() && number.getAsLong() >= min && number.getAsLong() <= max;
    }

    /** The number, or empty when the text is not a whole number of at most 18 digits. */
    public static OptionalLong parse(String text) {
        String stripped = text.strip();
        return DIGITS.matcher(stripped).matches() ? OptionalLong.of(Long.parseLong(stripped)) : OptionalLong.empty();
    }
}
