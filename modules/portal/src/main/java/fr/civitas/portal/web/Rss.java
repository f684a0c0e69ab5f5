package fr.civitas.portal.web;

import fr.civitas.portal.application.PortalTexts;
import fr.civitas.portal.domain.News;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An RSS 2.0 feed of the council's news, escaped by hand: it is small and has no markup. It is
 * written from whatever is stored, so it must never fail on it: characters XML cannot carry are
 * left out, and a date RFC 822 cannot write (a year past 9999) leaves the item without one.
 */
final class Rss {

    private Rss() {
    }

    static String feed(String council, String site, List<News> items) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                <channel>
                """);
        xml.append("<title>").append(escape(PortalTexts.get("rss.titre", council))).append("</title>\n");
        xml.append("<link>").append(escape(site + "/actualites")).append("</link>\n");
        xml.append("<description>").append(escape(PortalTexts.get("rss.description", council))).append("</description>\n");
        xml.append("<language>fr-FR</language>\n");
        for (News news : items) {
            String link = site + "/actualites/" + news.slug();
            xml.append("<item>\n")
                    .append("  <title>").append(escape(news.title())).append("</title>\n")
                    .append("  <link>").append(escape(link)).append("</link>\n")
                    .append("  <guid isPermaLink=\"true\">").append(escape(link)).append("</guid>\n")
                    .append(pubDate(news.publishedOn()))
                    .append("  <description>").append(escape(Views.nullToEmpty(news.summary()))).append("</description>\n")
                    .append("</item>\n");
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }

    private static String pubDate(LocalDate date) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            return "";
        }
        return "  <pubDate>" + DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atStartOfDay().atOffset(ZoneOffset.UTC))
                + "</pubDate>\n";
    }

    /** Text for XML 1.0 content or attributes: escaped, without the characters XML forbids. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
