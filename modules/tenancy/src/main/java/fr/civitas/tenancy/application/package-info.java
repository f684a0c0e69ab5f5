/**
 * Tenancy use cases: onboarding saga, suspension, per-request resolution, fleet migrations and
 * the thread's tenant binding. Talks to storage only through the ports in {@code domain}.
 */
package fr.civitas.tenancy.application;
