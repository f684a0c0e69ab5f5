package fr.civitas.portal.domain;

/**
 * WCAG 2.1 contrast ratio between two colours ({@code #rrggbb}); text needs 4.5:1 (level AA).
 */
public final class Contrast {

    public static final double TEXT_MINIMUM = 4.5;
    public static final String WHITE = "#ffffff";

    private Contrast() {
    }

    public static double ratio(String first, String second) {
        double a = luminance(Theme.colour(first));
        double b = luminance(Theme.colour(second));
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    public static boolean readable(String text, String background) {
        return ratio(text, background) >= TEXT_MINIMUM;
    }

    private static double luminance(String colour) {
        return 0.2126 * channel(colour, 1) + 0.7152 * channel(colour, 3) + 0.0722 * channel(colour, 5);
    }

    private static double channel(String colour, int offset) {
        double value = Integer.parseInt(colour.substring(offset, offset + 2), 16) / 255.0;
        return value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
