/** JPA storage of the portal in the tenant's schema, its migrations and the template importer. */
package fr.civitas.portal.infrastructure;
