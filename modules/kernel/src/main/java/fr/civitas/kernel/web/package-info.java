/** What every module needs to know of request paths. */
package fr.civitas.kernel.web;
