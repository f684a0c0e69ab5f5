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
        Response response = ProblemRendering.render(status, HttpErrors.codeOf(status), HttpErrors.titleOf(status),
                HttpErrors.detailOf(status), Map.of(), uri, headers, themed);
        if (status == 405 && error.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", error.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }
}
