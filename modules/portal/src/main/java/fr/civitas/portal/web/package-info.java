/** Server-side rendered pages of a council's portal. Views live in {@code templates/portal}. */
package fr.civitas.portal.web;
