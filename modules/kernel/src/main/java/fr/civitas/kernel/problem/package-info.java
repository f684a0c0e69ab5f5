/**
 * The platform's error model: every failure a caller should understand is a
 * {@link fr.civitas.kernel.problem.ProblemException}, rendered by the app module as an RFC 9457
 * document or a French page. Never a stack trace.
 */
package fr.civitas.kernel.problem;
