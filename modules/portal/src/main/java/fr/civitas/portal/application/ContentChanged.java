package fr.civitas.portal.application;

/** Fired after any change to the bound council's portal: what was rendered before is stale. */
public record ContentChanged(String what) {
}
