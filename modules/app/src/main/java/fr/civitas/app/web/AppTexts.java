package fr.civitas.app.web;

import fr.civitas.kernel.text.TextBundle;

/** The platform's last-resort error texts, from the {@code i18n/app} bundle. */
final class AppTexts {

    private static final TextBundle TEXTS = new TextBundle("i18n.app", AppTexts.class.getClassLoader());

    private AppTexts() {
    }

    static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
