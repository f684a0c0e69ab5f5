package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.lifecycle.CouncilExport;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** One module's section of a council's export, written as JSON arrays, rows read in the export's snapshot. */
final class JsonCouncilExport implements CouncilExport {

    private static final int FETCH_SIZE = 200;
    private static final String UNDEFINED_TABLE = "42P01";

    private final JsonGenerator json;
    private final Connection snapshot;

    JsonCouncilExport(JsonGenerator json, Connection snapshot) {
        this.json = json;
        this.snapshot = snapshot;
    }

    /** A council whose onboarding stopped early has none of a module's tables: its section is empty. */
    @Override
    public void rows(String name, String query) {
        json.writeStartArray(name);
        try (Statement statement = snapshot.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            Savepoint beforeQuery = snapshot.setSavepoint();
            ResultSet rows;
            try {
                // the query is the module's own, never built from input
                rows = statement.executeQuery("select row_to_json(r)::text from (" + query + ") r");
            } catch (SQLException e) {
                if (!UNDEFINED_TABLE.equals(e.getSQLState())) {
                    throw e;
                }
                snapshot.rollback(beforeQuery);
                json.writeEnd();
                return;
            }
            try (rows) {
                while (rows.next()) {
                    try (JsonReader reader = Json.createReader(new StringReader(rows.getString(1)))) {
                        json.write(reader.readValue());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot export " + name, e);
        }
        json.writeEnd();
    }

    @Override
    public void objects(String name, List<Map<String, Object>> objects) {
        json.writeStartArray(name);
        for (Map<String, Object> object : objects) {
            json.writeStartObject();
            object.forEach(this::write);
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void write(String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof Boolean flag) {
            json.write(name, flag);
        } else if (value instanceof Integer || value instanceof Long) {
            json.write(name, ((Number) value).longValue());
        } else if (value instanceof Number number) {
            json.write(name, number.doubleValue());
        } else {
            json.write(name, value.toString());
        }
    }
}
