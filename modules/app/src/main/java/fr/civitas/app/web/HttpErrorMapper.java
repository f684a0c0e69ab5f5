package fr.civitas.app.web;

import jakarta.ws.rs.WebApplicationException;
import fr.civitas.portal.spi.ErrorPages;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** The HTTP errors JAX-RS raises itself (no such route, wrong method or media type…), in French. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Inject
    Instance<ErrorPages> themed;

    @Override
    public Response toResponse(WebApplicationException error) {
        int status = error.getResponse().getStatus();
        Response response = ProblemRendering.render(status, codeOf(status), titleOf(status), detailOf(status), Map.of(),
                uri, headers, themed);
        if (status == 405 && error.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", error.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    private static String codeOf(int status) {
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

    private static String titleOf(int status) {
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

    private static String detailOf(int status) {
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
