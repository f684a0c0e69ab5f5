/**
 * The operators' REST API under {@code /api/platform}: JSON in, JSON or problem documents out,
 * for callers holding the {@code operator} role of the operators' realm.
 */
package fr.civitas.operations.web;
