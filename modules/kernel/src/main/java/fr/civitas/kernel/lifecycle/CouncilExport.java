package fr.civitas.kernel.lifecycle;

import java.util.List;
import java.util.Map;

/** A module's section of a council's data export. */
public interface CouncilExport {

    /**
     * Each row of a query on the council's schema, as a JSON object of its columns; the query
     * runs in the export's snapshot. Binary columns come out as hexadecimal text ({@code \x..}).
     */
    void rows(String name, String query);

    /** Values the module reads elsewhere (its realm...), as JSON objects: strings, numbers, booleans, nulls. */
    void objects(String name, List<Map<String, Object>> objects);
}
