package fr.civitas.portal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeHtmlTest {

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<p onclick=\"alert(1)\">x</p>", "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=\"https://evil.example\"></iframe>",
            "<svg><script>alert(1)</script></svg>", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            "<style>body{display:none}</style>", "<p style=\"background:url(javascript:alert(1))\">x</p>"})
    void scriptsHandlersAndForeignContentAreRemoved(String hostile) {
        String html = SafeHtml.clean(hostile).html().toLowerCase();
        assertFalse(html.contains("<script") || html.contains("onclick") || html.contains("onerror") || html.contains("javascript:")
                || html.contains("<iframe") || html.contains("<img") || html.contains("data:") || html.contains("<style")
                || html.contains("style="), html);
    }

    @Test
    void theAllowListKeepsStructureAndSafeLinks() {
        String html = SafeHtml.clean("<h2>Horaires</h2><ul><li>Lundi</li></ul><table><tr><td>9 h</td></tr></table>"
                + "<a href=\"https://www.service-public.fr\" title=\"Service public\">lien</a> <a href=\"mailto:mairie@example.fr\">m</a>"
                + " <a href=\"/t/nantes/pages/contact\">contact</a>").html();
        assertTrue(html.contains("<h2>Horaires</h2>") && html.contains("<li>Lundi</li>") && html.contains("<td>9 h</td>"), html);
        assertTrue(html.contains("href=\"https://www.service-public.fr\"") && html.contains("title=\"Service public\""), html);
        assertTrue(html.contains("href=\"mailto:mairie@example.fr\""), html);
        assertTrue(html.contains("href=\"/t/nantes/pages/contact\""), "relative links stay relative: " + html);
    }

    @Test
    void nothingIsEmptyHtml() {
        assertEquals("", SafeHtml.clean(null).html());
    }
}
