/**
 * What a field may hold, said once: Bean Validation constraints that commands and requests carry
 * ({@link fr.civitas.kernel.validation.PlainText}, {@link fr.civitas.kernel.validation.WholeNumber},
 * {@link fr.civitas.kernel.validation.CalendarDate}, and the standard ones), and
 * {@link fr.civitas.kernel.validation.FieldChecks}, which turns what they find into one French
 * message per field. Forms, APIs and views read the same constraints.
 */
package fr.civitas.kernel.validation;
