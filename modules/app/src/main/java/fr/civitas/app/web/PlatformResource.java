package fr.civitas.app.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The stylesheet of the platform's own pages, on every host: no council's, no secret. */
@Path("plateforme")
@ApplicationScoped
@PermitAll
public class PlatformResource {

    private static final byte[] STYLESHEET = read("/plateforme/civitas.css");

    @GET
    @Path("civitas.css")
    @Produces("text/css;charset=utf-8")
    public Response stylesheet() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(STYLESHEET).cacheControl(cache).build();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PlatformResource.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
