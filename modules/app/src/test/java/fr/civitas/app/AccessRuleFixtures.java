package fr.civitas.app;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Resources the access rule must flag, or let pass: its proof that it can fail. */
final class AccessRuleFixtures {

    private AccessRuleFixtures() {
    }

    @Path("oubliee")
    static class Unstated {
        @GET
        public String open() {
            return "";
        }
    }

    /** Inherits a route that states nothing, and states nothing itself. */
    abstract static class Base {
        @POST
        @Path("action")
        public String act() {
            return "";
        }
    }

    @Path("heritee")
    static class InheritsUnstated extends Base {
    }

    /** A sub-resource locator is a route too. */
    @Path("localisateur")
    static class UnstatedLocator {
        @Path("sous")
        public Unstated locate() {
            return new Unstated();
        }
    }

    @Path("publique")
    @PermitAll
    static class StatedOnTheClass extends Base {
    }

    @Path("reservee")
    static class StatedOnTheMethod {
        @GET
        @RolesAllowed("editor")
        public String reserved() {
            return "";
        }
    }
}
