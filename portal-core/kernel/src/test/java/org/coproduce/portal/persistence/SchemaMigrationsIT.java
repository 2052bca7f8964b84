package org.coproduce.portal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real core migrations and a test plugin's, on a new database of each kind for each test. */
class SchemaMigrationsIT {

    private static final String PLUGIN_LOCATION = "db/migration/plugins/test-plugin";

    private TestDatabase db;

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void coreMigrationsCreateTheCoreTablesOnceOnly(TestDatabases.Kind kind) {
        db = TestDatabases.create(kind, "core-migrations");
        SchemaMigrations migrations = migrations(db);

        assertEquals(coreVersions().size(), migrations.migrateCore());
        assertEquals(0, migrations.migrateCore(), "a second run applies nothing");

        for (String table : List.of("account", "email_token", "api_token", "outgoing_mail", "plugin_state",
                "forum_category", "forum_thread", "forum_reply", "forum_revision", "forum_view", "forum_thread_follow",
                "forum_category_follow", "guidance_document", "guidance_version", "guidance_draft", "story_entry", "story_pseudonym",
                "story_response", "story_picture", "practice_example", "practice_tag", "practice_outcome", "practice_evidence_link")) {
            assertEquals(0L, count(db, table), table + " exists and is empty");
        }
        assertEquals(coreVersions(), history(db, "core_schema_history"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void pluginMigrationsKeepTheirOwnHistory(TestDatabases.Kind kind) {
        db = TestDatabases.create(kind, "plugin-migrations");
        SchemaMigrations migrations = migrations(db);
        migrations.migrateCore();

        assertEquals(1, migrations.migratePlugin("test-plugin", PLUGIN_LOCATION));
        assertEquals(0, migrations.migratePlugin("test-plugin", PLUGIN_LOCATION), "a second run applies nothing");
        assertEquals(0, migrations.migrateCore(), "the core is not disturbed by the plugin");

        assertEquals("plugin_test_plugin_history", SchemaMigrations.historyTable("test-plugin"));
        // The schema was not empty (the core's tables), so the plugin's history starts with a baseline at 0.
        assertEquals(List.of("0 true", "1 true"), history(db, "plugin_test_plugin_history"));
        assertEquals(coreVersions(), history(db, "core_schema_history"), "not in the core's history");
        assertEquals(0L, count(db, "testplugin_thing"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aPluginWithoutMigrationsGetsNone(TestDatabases.Kind kind) {
        db = TestDatabases.create(kind, "no-migrations");
        SchemaMigrations migrations = migrations(db);
        migrations.migrateCore();

        assertEquals(0, migrations.migratePlugin("no-tables", "db/migration/plugins/no-tables"));
        assertThrows(IllegalStateException.class, () -> count(db, "testplugin_thing"), "no other plugin's tables");
    }

    /** "1 true", "2 true"...: one for each core migration file (in a folder or a jar), as the history lists them. */
    private List<String> coreVersions() {
        try {
            java.net.URI marker = getClass().getClassLoader().getResource("db/migration/core/flyway.location").toURI();
            if ("jar".equals(marker.getScheme())) {
                try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(marker, java.util.Map.of())) {
                    return versionsIn(jar.provider().getPath(marker).getParent());
                }
            }
            return versionsIn(java.nio.file.Path.of(marker).getParent());
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> versionsIn(java.nio.file.Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted()
                    .map(v -> v + " true").toList();
        }
    }

    private SchemaMigrations migrations(TestDatabase db) {
        return new SchemaMigrations(db.dataSource(), getClass().getClassLoader());
    }

    private static long count(TestDatabase db, String table) {
        return db.jdbc(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** "version success" per version in a Flyway history table, in the order applied (H2 also has a marker row). */
    private static List<String> history(TestDatabase db, String table) {
        return db.jdbc(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT version, success FROM " + table
                                 + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
                List<String> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(rows.getString(1) + " " + rows.getBoolean(2));
                }
                return result;
            }
        });
    }
}
