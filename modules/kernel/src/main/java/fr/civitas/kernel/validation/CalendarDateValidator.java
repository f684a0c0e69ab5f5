package fr.civitas.kernel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks {@link CalendarDate}. */
public class CalendarDateValidator implements ConstraintValidator<CalendarDate, CharSequence> {

    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private int minYear;
    private int maxYear;

    @Override
    public void initialize(CalendarDate constraint) {
        minYear = constraint.minYear();
        maxYear = constraint.maxYear();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return parse(value.toString()).filter(date -> date.getYear() >= minYear && date.getYear() <= maxYear).isPresent();
    }

    /** The date, or empty when the text is not a real {@code aaaa-mm-jj} date. */
    public static Optional<LocalDate> parse(String text) {
        String stripped = text.strip();
        if (!ISO_DATE.matcher(stripped).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(stripped));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
