package fr.civitas.portal.web;

import fr.civitas.portal.application.PortalTexts;
import fr.civitas.portal.domain.News;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An RSS 2.0 feed of the council's news, escaped by hand: it is small and has no markup. */
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
                    .append("  <pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(news.publishedOn().atStartOfDay().atOffset(ZoneOffset.UTC))).append("</pubDate>\n")
                    .append("  <description>").append(escape(Views.nullToEmpty(news.summary()))).append("</description>\n")
                    .append("</item>\n");
        }
        return xml.append("</channel>\n</rss>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
