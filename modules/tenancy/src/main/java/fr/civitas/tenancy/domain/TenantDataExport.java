package fr.civitas.tenancy.domain;

import java.nio.file.Path;
import java.util.List;

/** Writes everything a council has on the platform to a file, before it leaves. */
public interface TenantDataExport {

    /** @return the file written */
    Path export(Tenant tenant, List<String> hosts);
}
