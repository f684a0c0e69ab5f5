/**
 * The events modules tell each other about, each carrying its council; observed after the
 * commit only. Phase 6 adds the requests' events here.
 */
package fr.civitas.kernel.event;
