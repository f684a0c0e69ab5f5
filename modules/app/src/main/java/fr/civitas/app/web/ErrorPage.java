package fr.civitas.app.web;

/** The plain French error page shown when a council's themed page cannot be. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String html(int status, String title, String detail) {
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s</title>
                </head>
                <body>
                  <main>
                    <h1>%s</h1>
                    <p>%s</p>
                    <p>%s</p>
                  </main>
                </body>
                </html>
                """.formatted(escape(title), escape(title), escape(detail == null ? "" : detail),
                        escape(AppTexts.get("page-erreur.code", status)));
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
