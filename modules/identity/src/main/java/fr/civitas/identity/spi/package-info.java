/**
 * What the identity module offers other modules, and the only package of it they may use: the
 * realm of each council (created, read for the export, deleted), the form token of a logged-in
 * browser, and request paths as the security checks see them.
 */
package fr.civitas.identity.spi;
