package fr.civitas.operations.web;

import fr.civitas.identity.spi.RequestPaths;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * The operators' API answers on the platform's own host names only: on a council's domain, or any
 * other host, it does not exist (the same 404 as an unknown route), whatever credentials come.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public class OperatorsHosts implements ContainerRequestFilter {

    @Inject
    PlatformHosts hosts;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        if (RequestPaths.isOperatorsApi(path.startsWith("/") ? path : "/" + path)
                && !hosts.includes(request.getUriInfo().getBaseUri().getHost())) {
            throw new NotFoundException();
        }
    }
}
