package fr.civitas.app;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, exactly as production runs it. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive civitas() {
        return ShrinkWrap.create(ZipImporter.class, "civitas.war")
                .importFrom(new File(System.getProperty("civitas.test.war")))
                .as(WebArchive.class);
    }

    /** The production WAR plus a probe that reaches councils' data through the server's pool, under JTA. */
    static WebArchive civitasWithProbe() {
        return civitas().addClasses(CouncilProbe.class, CouncilProbe.Work.class);
    }

    /** The production WAR plus a fault injector for onboarding steps and a meeting point for racing requests. */
    static WebArchive civitasWithFaults() {
        return civitas().addClasses(FaultInjection.class, Rendezvous.class);
    }
}
