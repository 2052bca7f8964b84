package org.coproduce.portal.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs versioned migrations: the core's from {@code db/migration/core} with the history table
 * {@code core_schema_history}, then each plugin's from its own location with its own history table, so a
 * plugin's schema evolves independently of the core's.
 *
 * <p>Every location holds an empty {@code flyway.location} file: Liberty's class loaders do not list folders
 * inside archives, and Flyway finds a location through that marker.
 */
public final class SchemaMigrations {

    public static final String CORE_LOCATION = "db/migration/core";
    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    public SchemaMigrations(DataSource dataSource, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
    }

    /** Migrates the core schema; returns the number of migrations applied. */
    public int migrateCore() {
        return migrate("core", CORE_LOCATION, "core_schema_history");
    }

    /** Migrates one plugin's schema; returns the number of migrations applied. */
    public int migratePlugin(String pluginId, String location) {
        return migrate("plugin " + pluginId, location, historyTable(pluginId));
    }

    /** The history table of a plugin's migrations, for example {@code plugin_plan_templates_history}. */
    public static String historyTable(String pluginId) {
        return "plugin_" + pluginId.replace('-', '_') + "_history";
    }

    private int migrate(String what, String location, String table) {
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .callbackLocations("classpath:" + location)
                .skipDefaultCallbacks(true)
                .table(table)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        LOG.info(() -> "Schema of " + what + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + (result.targetSchemaVersion == null ? "the same version" : "version " + result.targetSchemaVersion));
        return result.migrationsExecuted;
    }
}
