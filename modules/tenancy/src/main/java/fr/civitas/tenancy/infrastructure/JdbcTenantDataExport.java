package fr.civitas.tenancy.infrastructure;

import fr.civitas.kernel.lifecycle.CouncilData;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDataExport;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exports a council to one JSON file: its directory entry, then each module's section, all read
 * in one read-only REPEATABLE READ snapshot of its schema and streamed to a {@code .part} file
 * renamed once complete.
 */
@ApplicationScoped
public class JdbcTenantDataExport implements TenantDataExport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Resource(lookup = ServerPool.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "civitas.tenancy.exports-dir")
    String exportsDir;

    @Inject
    Instance<CouncilData> modules;

    @Inject
    Clock clock;

    @Override
    public Path export(Tenant tenant, List<String> hosts) {
        Path file = Path.of(exportsDir).resolve(tenant.id().slug() + "-" + STAMP.format(clock.instant()) + ".json");
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
                 JsonGenerator json = Json.createGenerator(writer)) {
                json.writeStartObject().write("format", FORMAT).write("version", VERSION);
                writeDirectoryEntry(json, tenant, hosts);
                writeModules(json, tenant.id().schemaName());
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

    /** Every module's section as of one instant: one read-only REPEATABLE READ transaction for them all. */
    private void writeModules(JsonGenerator json, String schema) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            // also what lets the driver stream a result set instead of loading it whole
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    // from a validated TenantId; for this transaction only
                    statement.execute("set local search_path to " + schema);
                }
                json.writeStartObject("modules");
                for (CouncilData module : modules.stream().sorted(Comparator.comparing(CouncilData::module)).toList()) {
                    json.writeStartObject(module.module());
                    module.export(new JsonCouncilExport(json, connection));
                    json.writeEnd();
                }
                json.writeEnd();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        }
    }
}
