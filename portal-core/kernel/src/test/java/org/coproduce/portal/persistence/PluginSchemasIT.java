package org.coproduce.portal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every plugin module's migrations (read from the plugins' sources in this build) run on H2 and on PostgreSQL
 * after the core's, once only; and the participation-payments tables keep money exactly.
 */
class PluginSchemasIT {

    private static final Path PLUGINS = Path.of("../../plugins");

    private TestDatabase db;

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            db.drop();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void everyPluginsMigrationsRunOnThisDatabase(TestDatabases.Kind kind) {
        db = TestDatabases.create(kind, "plugin-schemas");
        List<Path> resources = pluginResources();
        assertTrue(resources.size() >= 2, "found the plugin modules: " + resources);
        SchemaMigrations core = new SchemaMigrations(db.dataSource(), getClass().getClassLoader());
        core.migrateCore();
        for (Path root : resources) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
                 Stream<Path> ids = Files.list(root.resolve("db/migration/plugins"))) {
                SchemaMigrations migrations = new SchemaMigrations(db.dataSource(), loader);
                for (Path folder : ids.toList()) {
                    String id = folder.getFileName().toString();
                    int applied = migrations.migratePlugin(id, "db/migration/plugins/" + id);
                    assertTrue(applied >= 1, id + " applied " + applied);
                    assertEquals(0, migrations.migratePlugin(id, "db/migration/plugins/" + id), id + " twice");
                }
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        BigDecimal total = db.jdbc(connection -> {
            try (Statement s = connection.createStatement()) {
                s.executeUpdate("INSERT INTO payments_activity (id, title, activity_date, kind, fee_basis, rate, currency, cost_code, "
                        + "lead_id, related_path, created_at) VALUES (1, 'Panel', DATE '2026-04-05', 'Panel', 'HOUR', 15.50, 'GBP', 'CC', 1, '', CURRENT_TIMESTAMP)");
                s.executeUpdate("INSERT INTO payments_agreement (id, activity_id, person_id, role_text, rate, expenses_covered, offered_at) "
                        + "VALUES (1, 1, 2, 'Member', 15.50, 'MILEAGE', CURRENT_TIMESTAMP)");
                for (int i = 1; i <= 3; i++) {
                    s.executeUpdate("INSERT INTO payments_claim (id, agreement_id, activity_id, person_id, kind, status, quantity, fee, choice, "
                            + "to_person, to_charity, created_at, version) VALUES (" + i + ", 1, 1, 2, 'FEE', 'PAID', 2.25, 34.88, 'ACCEPT', 0.10, 0.00, CURRENT_TIMESTAMP, 0)");
                }
                try (ResultSet rows = s.executeQuery("SELECT SUM(to_person) FROM payments_claim WHERE person_id = 2")) {
                    rows.next();
                    return rows.getBigDecimal(1);
                }
            }
        });
        assertEquals(0, new BigDecimal("0.30").compareTo(total), "exact decimal sums, not 0.30000000000000004: " + total);
        assertFalse(total.toPlainString().contains("0000000"), total.toPlainString());
    }

    /** Each plugin module's resources folder that holds migrations. */
    private static List<Path> pluginResources() {
        try (Stream<Path> modules = Files.list(PLUGINS)) {
            return modules.map(m -> m.resolve("src/main/resources")).filter(r -> Files.isDirectory(r.resolve("db/migration/plugins")))
                    .map(Path::toAbsolutePath).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
