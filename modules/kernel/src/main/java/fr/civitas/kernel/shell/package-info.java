/**
 * What modules contribute to the two shells every council has: the staff's back-office
 * (screens in its navigation, per role) and the person's own space (blocks). The portal draws
 * both; a module adds to them without editing the portal.
 */
package fr.civitas.kernel.shell;
