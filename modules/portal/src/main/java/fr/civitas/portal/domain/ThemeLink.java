package fr.civitas.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A link a council admin adds to the header or the footer: a label and a destination of the
 * same kinds as the menu's. Written one per line as {@code Libellé | destination}.
 */
public record ThemeLink(String label, MenuTarget target) {

    static final int MAX_LABEL = 80;
    static final int MAX_LINKS = 8;

    /** One line, or empty when it is not a valid link. */
    public static Optional<ThemeLink> parse(String line) {
        int bar = line.indexOf('|');
        if (bar < 0) {
            return Optional.empty();
        }
        String label = line.substring(0, bar).strip();
        String target = line.substring(bar + 1).strip();
        if (label.isEmpty() || label.length() > MAX_LABEL || !MenuTarget.isValid(target)) {
            return Optional.empty();
        }
        return Optional.of(new ThemeLink(label, MenuTarget.parse(target)));
    }

    /** Every line of a block; lines that do not parse are left out (they were refused on input). */
    public static List<ThemeLink> all(String lines) {
        List<ThemeLink> links = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (!line.isBlank()) {
                parse(line).ifPresent(links::add);
            }
        }
        return links;
    }

    public static boolean tooMany(String lines) {
        return lines.lines().filter(line -> !line.isBlank()).count() > MAX_LINKS;
    }

    public String line() {
        return label + " | " + target.value();
    }
}
