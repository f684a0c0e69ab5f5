package fr.civitas.portal.domain;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/** Where a menu entry leads, checked: a portal section, a piece of content, or an https link. */
public record MenuTarget(String value) {

    /** The longest a menu entry's or a theme link's target may be: the menu column's size. */
    public static final int MAX_LENGTH = 500;

    private static final Pattern CONTENT = Pattern.compile("(page|demarche|categorie):[a-z0-9][a-z0-9-]{0,79}");

    public MenuTarget {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a menu target: " + value);
        }
    }

    public static MenuTarget parse(String value) {
        return new MenuTarget(value == null ? "" : value.strip());
    }

    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        if (value.equals("demarches") || value.equals("actualites") || value.equals("recherche")) {
            return true;
        }
        if (CONTENT.matcher(value).matches()) {
            return true;
        }
        if (value.startsWith("url:https://")) {
            try {
                URI uri = URI.create(value.substring("url:".length()));
                return uri.getHost() != null;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }

    /** The link, relative to the portal's base path (or absolute for an external link). */
    public String href(String base) {
        int colon = value.indexOf(':');
        String kind = colon < 0 ? value : value.substring(0, colon);
        String ref = colon < 0 ? "" : value.substring(colon + 1);
        return switch (kind) {
            case "page" -> base + "/pages/" + ref;
            case "demarche" -> base + "/demarches/" + ref;
            case "categorie" -> base + "/demarches/categorie/" + ref;
            case "url" -> ref;
            default -> base + "/" + kind;
        };
    }
}
