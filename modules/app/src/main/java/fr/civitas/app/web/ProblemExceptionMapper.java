package fr.civitas.app.web;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.spi.ErrorPages;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Inject
    Instance<ErrorPages> themed;

    @Override
    public Response toResponse(ProblemException problem) {
        return ProblemRendering.render(problem.status(), problem.code(), problem.title(), problem.detail(),
                problem.extensions(), uri, headers, themed);
    }
}
