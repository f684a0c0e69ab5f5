package fr.civitas.app.web;

import jakarta.ws.rs.WebApplicationException;
import fr.civitas.kernel.problem.ErrorPages;
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
            case 400 -> "Requête invalide";
            case 401 -> "Authentification requise";
            case 403 -> "Accès refusé";
            case 404 -> "Page introuvable";
            case 405 -> "Méthode non autorisée";
            case 406 -> "Format non disponible";
            case 415 -> "Format non pris en charge";
            default -> status >= 500 ? "Erreur du service" : "Requête refusée";
        };
    }

    private static String detailOf(int status) {
        return switch (status) {
            case 404 -> "L'adresse demandée ne correspond à aucune page ni à aucun service.";
            case 405 -> "Cette adresse n'accepte pas cette méthode HTTP.";
            case 406 -> "Le format demandé n'est pas disponible pour cette ressource.";
            case 415 -> "Le format du corps de la requête n'est pas accepté ; envoyez du JSON (application/json).";
            case 400 -> "La requête est mal formée.";
            default -> "La requête n'a pas pu aboutir.";
        };
    }
}
