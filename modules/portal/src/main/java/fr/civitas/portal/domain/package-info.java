/** The portal's content model: pages and the only HTML allowed in them. */
package fr.civitas.portal.domain;
