/** The audit log every module writes to: who did what, for which council, and when. */
package fr.civitas.kernel.audit;
