package fr.civitas.kernel.lifecycle;

import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.tenant.TenantView;

/**
 * A module's part in a council's life on the platform, called by onboarding and offboarding
 * and by the erasure of a person: each module exports its own data, erases a person's, and
 * cleans up what it keeps outside the council's schema. A CDI bean of the module implements it.
 */
public interface CouncilData {

    /** Short module name: the key of its section in the export. */
    String module();

    /**
     * Writes the module's data of the council into its section of the export, read in the
     * export's one snapshot. Never secrets, tokens or anything that would let someone act as a
     * person.
     */
    void export(CouncilExport export);

    /**
     * Erases the person's data from the council (bound), or strips it of what identifies them
     * where the council must keep a record. Runs in a transaction of its own; must be
     * repeatable.
     */
    void erase(Person person);

    /**
     * The council is leaving: removes what the module keeps of it outside its schema (a realm,
     * files, an index). Called after the export, before the schema is dropped; must be
     * repeatable.
     */
    void cleanUp(TenantView council);
}
