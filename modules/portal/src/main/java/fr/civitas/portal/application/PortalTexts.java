package fr.civitas.portal.application;

import fr.civitas.kernel.text.TextBundle;

/** The portal's user-facing French text, from the {@code i18n/portal} bundle. */
public final class PortalTexts {

    private static final TextBundle TEXTS = new TextBundle("i18n.portal", PortalTexts.class.getClassLoader());

    private PortalTexts() {
    }

    /** A missing key throws: a text nobody wrote must not silently disappear. */
    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
