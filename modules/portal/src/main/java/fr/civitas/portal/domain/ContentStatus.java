package fr.civitas.portal.domain;

/** Whether citizens can see a piece of content. */
public enum ContentStatus {
    DRAFT,
    PUBLISHED
}
