package fr.civitas.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** One JAX-RS application at the root: councils' portals, their APIs and the operators' API. */
@ApplicationPath("/")
public class CivitasApplication extends Application {
}
