package fr.civitas.portal.domain;

import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * HTML that went through the portal's allow-list: the only HTML a template may print without
 * escaping.
 */
public final class SafeHtml {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("a", "hreflang", "title")
            .addProtocols("a", "href", "https", "mailto", "tel")
            .preserveRelativeLinks(true);

    /** Only to resolve relative links while cleaning; they are kept relative. */
    private static final String BASE_URI = "https://portail.invalid/";

    private final String html;

    private SafeHtml(String html) {
        this.html = html;
    }

    public static SafeHtml clean(String untrusted) {
        return new SafeHtml(Jsoup.clean(Objects.requireNonNullElse(untrusted, ""), BASE_URI, ALLOWED));
    }

    /** For HTML read back from storage, where only {@link #clean} could have put it. */
    static SafeHtml trusted(String stored) {
        return new SafeHtml(stored);
    }

    public String html() {
        return html;
    }

    @Override
    public String toString() {
        return html;
    }
}
