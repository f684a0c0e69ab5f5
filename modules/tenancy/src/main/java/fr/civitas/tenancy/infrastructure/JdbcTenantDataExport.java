package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.tenant.TenantRealms.RealmAccount;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDataExport;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports a council to one JSON file: its directory entry and every row of every table of its
 * schema, whatever module owns the table, read in one snapshot and streamed row by row.
 */
@ApplicationScoped
public class JdbcTenantDataExport implements TenantDataExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int FETCH_SIZE = 200;

    @Resource(lookup = SchemaPerTenantConnectionProvider.DATASOURCE_JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "civitas.tenancy.exports-dir")
    String exportsDir;

    @Inject
    Clock clock;

    @Override
    public Path export(Tenant tenant, List<String> hosts, List<RealmAccount> accounts) {
        Path file = Path.of(exportsDir).resolve(tenant.id().slug() + "-" + STAMP.format(clock.instant()) + ".json");
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
                 JsonGenerator json = Json.createGenerator(writer)) {
                json.writeStartObject();
                writeDirectoryEntry(json, tenant, hosts);
                writeAccounts(json, accounts);
                writeTables(json, tenant.id().schemaName());
                json.writeEnd();
            }
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            // a file under its final name is always complete: a crash leaves only a .part behind
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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

    private static void writeAccounts(JsonGenerator json, List<RealmAccount> accounts) {
        json.writeStartArray("accounts");
        for (RealmAccount account : accounts) {
            json.writeStartObject().write("username", account.username());
            optional(json, "email", account.email());
            optional(json, "firstName", account.firstName());
            optional(json, "lastName", account.lastName());
            json.write("enabled", account.enabled());
            optional(json, "createdAt", account.created() == null ? null : account.created().toString());
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void optional(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    /** Every table as of one instant: one read-only REPEATABLE READ transaction for them all. */
    private void writeTables(JsonGenerator json, String schema) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            // also what lets the driver stream a result set instead of loading it whole
            connection.setAutoCommit(false);
            try {
                json.writeStartObject("tables");
                for (String table : tables(connection, schema)) {
                    json.writeStartArray(table);
                    writeRows(json, connection, schema, table);
                    json.writeEnd();
                }
                json.writeEnd();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setReadOnly(false);
            }
        }
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

    private static void writeRows(JsonGenerator json, Connection connection, String schema, String table) throws SQLException {
        // both names come from information_schema of a validated tenant schema; quoted all the same
        String sql = "select row_to_json(t)::text from \"" + schema + "\".\"" + table.replace("\"", "\"\"") + "\" t";
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    try (JsonReader reader = Json.createReader(new StringReader(rows.getString(1)))) {
                        json.write(reader.readValue());
                    }
                }
            }
        }
    }
}
