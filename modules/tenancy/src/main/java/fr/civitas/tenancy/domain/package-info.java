/**
 * The tenant directory in the platform schema: councils, their host names, their onboarding
 * journal and the audit log. JPA entities of the {@code platform} persistence unit; nothing
 * here belongs to a tenant's own schema.
 */
package fr.civitas.tenancy.domain;
