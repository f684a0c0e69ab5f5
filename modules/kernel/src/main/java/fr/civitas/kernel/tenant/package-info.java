/**
 * Who a council is, as every module sees it: identifier, kind, the current-tenant view, and the
 * ports through which modules contribute to a tenant's schema and starter content. Nothing here
 * knows how tenants are stored or resolved.
 */
package fr.civitas.kernel.tenant;
