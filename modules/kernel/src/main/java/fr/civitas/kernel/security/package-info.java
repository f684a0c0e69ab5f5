/** The roles every module speaks of; how callers get them is the identity module's business. */
package fr.civitas.kernel.security;
