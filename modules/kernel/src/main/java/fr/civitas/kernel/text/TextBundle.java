package fr.civitas.kernel.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One module's user-facing French text, from a {@code .properties} bundle read as UTF-8 (Java's
 * default for property bundles). A text asked for with arguments is a {@link MessageFormat}
 * pattern, where a straight apostrophe must be written twice; a text without is given as written.
 */
public final class TextBundle {

    private final ResourceBundle bundle;

    public TextBundle(String baseName, ClassLoader loader) {
        this.bundle = ResourceBundle.getBundle(baseName, Locale.FRANCE, loader);
    }

    /** A missing key throws: a text nobody wrote must not silently disappear. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRANCE).format(args);
    }
}
