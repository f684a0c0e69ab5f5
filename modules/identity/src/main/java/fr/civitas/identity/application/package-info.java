/**
 * Identity use cases: who a caller is (bearer token or session), browser login and logout.
 * Always against the realm of the council bound to the request, through the domain's ports.
 */
package fr.civitas.identity.application;
