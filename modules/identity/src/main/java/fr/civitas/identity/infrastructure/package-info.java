/**
 * Keycloak adapters: Admin REST API (realms from templates, client secrets), OpenID Connect
 * endpoints, token checks with per-realm key caches, sessions on the tenant unit.
 */
package fr.civitas.identity.infrastructure;
