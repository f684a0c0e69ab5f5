package fr.civitas.identity.web;

import fr.civitas.kernel.text.TextBundle;

/** What identity tells people who sign in or are turned away, from the {@code i18n/identity} bundle. */
final class IdentityTexts {

    private static final TextBundle TEXTS = new TextBundle("i18n.identity", IdentityTexts.class.getClassLoader());

    private IdentityTexts() {
    }

    static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
