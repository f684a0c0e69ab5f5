/**
 * The request path's tenant handling: the servlet filter that binds the council for the
 * request, and the JAX-RS gate that refuses unknown or closed councils and strips {@code /t/{slug}}.
 */
package fr.civitas.tenancy.web;
