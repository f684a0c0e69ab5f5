/**
 * The operators' REST API under {@code /api/platform}: JSON in, JSON or problem documents out,
 * behind {@link fr.civitas.operations.web.OperatorGate}.
 */
package fr.civitas.operations.web;
