package fr.civitas.app.web;

/** The French error page shown outside any council, or when a council's themed page cannot be. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String html(int status, String title, String detail) {
        return detail == null || detail.isBlank()
                ? PlatformPage.html(title, AppTexts.get("page-erreur.code", status))
                : PlatformPage.html(title, detail, AppTexts.get("page-erreur.code", status));
    }
}
