package fr.civitas.tenancy.application;

import fr.civitas.kernel.text.TextBundle;

/** What tenancy tells visitors and operators about councils, from the {@code i18n/tenancy} bundle. */
public final class TenancyTexts {

    private static final TextBundle TEXTS = new TextBundle("i18n.tenancy", TenancyTexts.class.getClassLoader());

    private TenancyTexts() {
    }

    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
