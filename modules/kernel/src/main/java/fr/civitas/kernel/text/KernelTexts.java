package fr.civitas.kernel.text;

/** The kernel's user-facing French text (problem titles, kinds of council), from {@code i18n/kernel}. */
public final class KernelTexts {

    private static final TextBundle TEXTS = new TextBundle("i18n.kernel", KernelTexts.class.getClassLoader());

    private KernelTexts() {
    }

    public static String get(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
