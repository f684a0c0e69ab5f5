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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A failure the platform explains. One of the server's own (5xx) is also logged, with an incident
 * number that the answer gives, so that what a person reports can be found in the log — but not
 * a 503 that says a council is suspended or opening, which is its state, not an incident (a 503
 * caused by a failure brings the incident number it was logged with).
 */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Inject
    Instance<ErrorPages> themed;

    @Override
    public Response toResponse(ProblemException problem) {
        Map<String, Object> extensions = problem.extensions();
        if (problem.status() >= 500 && problem.status() != 503 && !extensions.containsKey("incident")) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "incident " + incident + " (" + problem.code() + ", " + problem.status() + ") on /" + uri.getPath()
                    + ": " + problem.detail(), problem.getCause());
            extensions = new LinkedHashMap<>(extensions);
            extensions.put("incident", incident);
        }
        return ProblemRendering.render(problem.status(), problem.code(), problem.title(), problem.detail(), extensions, uri,
                headers, themed);
    }
}
