package fr.civitas.operations.web;

import fr.civitas.kernel.text.TextBundle;

/** What the operators' API tells operators, from the {@code i18n/operations} bundle. */
final class OperationsTexts {

    private static final TextBundle TEXTS = new TextBundle("i18n.operations", OperationsTexts.class.getClassLoader());

    private OperationsTexts() {
    }

    static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
