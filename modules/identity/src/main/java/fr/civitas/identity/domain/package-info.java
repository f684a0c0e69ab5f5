/**
 * Identity in the council's words: callers and their roles, realms, browser sessions, and the
 * port to the identity provider. Nothing here knows Keycloak.
 */
package fr.civitas.identity.domain;
