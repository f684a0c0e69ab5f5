package fr.civitas.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date typed as {@code aaaa-mm-jj} (what a date field sends), in a year between
 * {@link #minYear()} and {@link #maxYear()}: a year such as 999999999 breaks every date format
 * that prints it. Null or blank is valid (the field was left empty).
 */
@Documented
@Constraint(validatedBy = CalendarDateValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface CalendarDate {

    int minYear() default 1900;

    int maxYear() default 2200;

    String message() default "{civitas.calendar-date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
