package fr.civitas.tenancy.domain;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes everything a council has on the platform to a file before it leaves: its directory
 * entry, and each module's part of its data. Called with the council bound.
 */
public interface TenantDataExport {

    /** Name and version of the export's format, written at its top; README.md describes it. */
    String FORMAT = "civitas-council-export";
    int VERSION = 2;

    /** @return the file written */
    Path export(Tenant tenant, List<String> hosts);
}
