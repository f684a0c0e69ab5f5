package fr.civitas.tenancy.infrastructure;

import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDataExport;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports a council to one JSON file: its directory entry and every row of every table of its
 * schema, whatever module owns the table.
 */
@ApplicationScoped
public class JdbcTenantDataExport implements TenantDataExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE_JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "civitas.tenancy.exports-dir")
    String exportsDir;

    @Inject
    Clock clock;

    @Override
    public Path export(Tenant tenant, List<String> hosts) {
        Path file = Path.of(exportsDir).resolve(tenant.id().slug() + "-" + STAMP.format(clock.instant()) + ".json");
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 JsonGenerator json = Json.createGenerator(writer);
                 Connection connection = dataSource.getConnection()) {
                json.writeStartObject();
                writeDirectoryEntry(json, tenant, hosts);
                json.writeStartObject("tables");
                for (String table : tables(connection, tenant.id().schemaName())) {
                    json.write(table, rows(connection, tenant.id().schemaName(), table));
                }
                json.writeEnd().writeEnd();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export of " + tenant.id(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the data of " + tenant.id(), e);
        }
    }

    private void writeDirectoryEntry(JsonGenerator json, Tenant tenant, List<String> hosts) {
        json.writeStartObject("council")
                .write("slug", tenant.id().slug())
                .write("name", tenant.name())
                .write("kind", tenant.kind().code())
                .write("template", tenant.templateName())
                .write("templateVersion", tenant.templateVersion())
                .write("createdAt", tenant.createdAt().toString())
                .write("exportedAt", clock.instant().toString());
        json.writeStartArray("domains");
        hosts.forEach(json::write);
        json.writeEnd().writeEnd();
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE' order by 1")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static jakarta.json.JsonValue rows(Connection connection, String schema, String table) throws SQLException {
        // both names come from information_schema of a validated tenant schema; quoted all the same
        String sql = "select coalesce(json_agg(t), '[]'::json)::text from \"" + schema + "\".\"" + table.replace("\"", "\"\"") + "\" t";
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            try (var reader = Json.createReader(new java.io.StringReader(result.getString(1)))) {
                return reader.readValue();
            }
        }
    }
}
