/**
 * The request path's tenant handling: the servlet filter that binds the council for the request
 * and strips {@code /t/{slug}}, and the JAX-RS gate that refuses unknown or closed councils.
 */
package fr.civitas.tenancy.web;
