/**
 * What the identity module offers other modules, and the only package of it they may use: the
 * realm of each council (created, read for the export, deleted), the form token of a logged-in
 * browser, request paths as the security checks see them, and the absolute addresses of the
 * platform and of councils' portals (never taken from the request's Host header).
 */
package fr.civitas.identity.spi;
