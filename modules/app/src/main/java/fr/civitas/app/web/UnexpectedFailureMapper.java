package fr.civitas.app.web;

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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything nobody expected: logged in full with an incident number, shown as that number only. */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Inject
    Instance<ErrorPages> themed;

    @Override
    public Response toResponse(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident + " on /" + uri.getPath(), failure);
        return ProblemRendering.render(500, "internal-error", AppTexts.get("incident.erreur-interne"),
                AppTexts.get("incident.erreur-interne.detail", incident),
                Map.of("incident", incident), uri, headers, themed);
    }
}
