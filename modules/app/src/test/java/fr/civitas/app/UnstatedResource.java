package fr.civitas.app;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A route someone forgot to think about, deployed by {@link DenyByDefaultIT} only. */
@Path("api/oubli")
@Produces(MediaType.APPLICATION_JSON)
public class UnstatedResource {

    @GET
    public String forgotten() {
        return "{\"secret\":\"ouvert\"}";
    }

    @GET
    @Path("public")
    @PermitAll
    public String stated() {
        return "{\"public\":true}";
    }
}
