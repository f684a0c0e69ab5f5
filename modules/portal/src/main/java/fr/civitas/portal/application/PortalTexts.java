package fr.civitas.portal.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The portal's user-facing French text, from the {@code i18n/portal} bundle. */
public final class PortalTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.portal", Locale.FRANCE,
            PortalTexts.class.getClassLoader());

    private PortalTexts() {
    }

    /** A missing key throws: a text nobody wrote must not silently disappear. */
    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRANCE).format(args);
    }
}
