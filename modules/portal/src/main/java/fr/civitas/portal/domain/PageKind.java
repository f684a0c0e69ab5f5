package fr.civitas.portal.domain;

/** What a page is for: an ordinary page, the contact page, or a legal notice. */
public enum PageKind {
    STANDARD,
    CONTACT,
    LEGAL
}
