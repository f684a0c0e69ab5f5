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
 * A whole number typed as text, between {@link #min()} and {@link #max()}. Null or blank is
 * valid (the field was left empty).
 */
@Documented
@Constraint(validatedBy = WholeNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface WholeNumber {

    long min();

    long max();

    String message() default "{civitas.whole-number}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
