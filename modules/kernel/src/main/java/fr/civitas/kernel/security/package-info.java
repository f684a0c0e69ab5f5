/**
 * The roles every module speaks of and the person a request is for; how callers are
 * authenticated is the identity module's business.
 */
package fr.civitas.kernel.security;
