package fr.civitas.app.web;

/**
 * The platform's own page, outside any council's layout: its home page and its error pages.
 * Styled by its own stylesheet, without inline style or script (the content security policy).
 */
final class PlatformPage {

    static final String STYLESHEET = "/plateforme/civitas.css";

    private PlatformPage() {
    }

    /** A page with a title and paragraphs of text, escaped here. */
    static String html(String title, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("    <p>").append(escape(paragraph)).append("</p>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s — %s</title>
                  <link rel="stylesheet" href="%s">
                </head>
                <body>
                  <header class="entete"><p>%s</p></header>
                  <main>
                    <h1>%s</h1>
                %s  </main>
                </body>
                </html>
                """.formatted(escape(title), escape(AppTexts.get("plateforme.nom")), STYLESHEET,
                escape(AppTexts.get("plateforme.nom")), escape(title), body);
    }

    /** Escapes text placed in element content (never in attributes). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
