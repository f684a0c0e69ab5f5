package fr.civitas.portal.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.portal.domain.News;
import fr.civitas.portal.domain.SafeHtml;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The feed is written from whatever is stored, junk of earlier days included, and stays valid XML. */
class RssTest {

    private static News news(String slug, String title, LocalDate date) {
        return new News(UUID.randomUUID(), slug, new News.NewsText(title, "Résumé \u0000 « & »", SafeHtml.clean("<p>x</p>"), date),
                Instant.now(), "test");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void controlCharactersAndAnEndlessYearLeaveAValidFeed() throws Exception {
        String xml = Rss.feed("Ville <de> Nantes", "https://nantes.example/t/nantes", List.of(
                news("piege", "Titre\u0000\u0007\u001b[31m rouge \ud800 <b>", LocalDate.of(999_999_999, 1, 1)),
                news("normale", "Fête 😀", LocalDate.of(2026, 6, 21))));

        Document feed = assertDoesNotThrow(() -> parse(xml), xml);

        assertEquals(2, feed.getElementsByTagName("item").getLength());
        assertEquals("Titre[31m rouge  <b>", feed.getElementsByTagName("title").item(1).getTextContent());
        assertEquals("Fête 😀", feed.getElementsByTagName("title").item(2).getTextContent());
        assertEquals(1, feed.getElementsByTagName("pubDate").getLength(), "only the writable date is given");
        assertTrue(xml.contains("<pubDate>Sun, 21 Jun 2026 00:00:00 GMT</pubDate>"), xml);
    }
}
