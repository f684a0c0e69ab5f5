/**
 * Background work bound to a council: the only way code outside a request reaches a council's
 * data. Schedule with the server's managed executor, then do the work through
 * {@link fr.civitas.kernel.work.CouncilWork}.
 */
package fr.civitas.kernel.work;
