/**
 * Adapters of the tenancy ports: JPA directory on the {@code platform} unit, Flyway schemas,
 * the template folder, and Hibernate's schema-per-tenant connection provider and resolver.
 */
package fr.civitas.tenancy.infrastructure;
