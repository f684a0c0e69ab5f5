package fr.civitas.app.web;

/** The French title, detail and problem code of an HTTP error status, for every error answer of the platform. */
final class HttpErrors {

    private HttpErrors() {
    }

    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "authentication-required";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    static String titleOf(int status) {
        return switch (status) {
            case 400 -> AppTexts.get("http.requete-invalide");
            case 401 -> AppTexts.get("http.authentification-requise");
            case 403 -> AppTexts.get("http.acces-refuse");
            case 404 -> AppTexts.get("http.page-introuvable");
            case 405 -> AppTexts.get("http.methode-non-autorisee");
            case 406 -> AppTexts.get("http.format-non-disponible");
            case 415 -> AppTexts.get("http.format-non-pris-en-charge");
            default -> status >= 500 ? AppTexts.get("http.erreur-du-service") : AppTexts.get("http.requete-refusee");
        };
    }

    static String detailOf(int status) {
        return switch (status) {
            case 404 -> AppTexts.get("http.page-introuvable.detail");
            case 405 -> AppTexts.get("http.methode-non-autorisee.detail");
            case 406 -> AppTexts.get("http.format-non-disponible.detail");
            case 415 -> AppTexts.get("http.format-non-pris-en-charge.detail");
            case 400 -> AppTexts.get("http.requete-invalide.detail");
            default -> AppTexts.get("http.requete-refusee.detail");
        };
    }
}
