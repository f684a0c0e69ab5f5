/**
 * The portal's use cases: editors' and council admins' changes to pages, news, démarches, the
 * menu, images and the theme, each checked field by field, audited, and announced with
 * the kernel's {@link fr.civitas.kernel.event.ContentChanged}.
 */
package fr.civitas.portal.application;
