package fr.civitas.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A link a council admin adds to the header or the footer: a label and a destination of the
 * same kinds as the menu's. Written one per line as {@code Libellé | destination}.
 */
public record ThemeLink(String label, MenuTarget target) {

    public static final int MAX_LABEL = 80;
    public static final int MAX_LINKS = 8;
    /** The most a block of links can hold: each line a label, a bar and a target, and its line break. */
    public static final int MAX_BLOCK = MAX_LINKS * (MAX_LABEL + MenuTarget.MAX_LENGTH + 5);

    /** One line, or empty when it is not a valid link. */
    public static Optional<ThemeLink> parse(String line) {
        int bar = line.indexOf('|');
        if (bar < 0) {
            return Optional.empty();
        }
        String label = line.substring(0, bar).strip();
        String target = line.substring(bar + 1).strip();
        if (label.isEmpty() || label.length() > MAX_LABEL || target.length() > MenuTarget.MAX_LENGTH
                || !MenuTarget.isValid(target)) {
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
