/**
 * Authentication on the request path (credentials filter, role checks, gate),
 * login and logout pages, and the caller's own API.
 */
package fr.civitas.identity.web;
