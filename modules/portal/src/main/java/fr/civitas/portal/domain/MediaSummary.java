package fr.civitas.portal.domain;

import java.util.UUID;

/** An image as lists and choices show it: what it is called and what it shows, without its bytes. */
public record MediaSummary(UUID id, String filename, String alt) {
}
