package org.coproduce.portal.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two databases the portal runs on, fresh for each test class: H2 in PostgreSQL mode (in memory) and a
 * real PostgreSQL. The PostgreSQL is the server named by the system property {@code coproduce.test.pg.url}
 * or the variable {@code COPRODUCE_TEST_PG_URL} (with {@code COPRODUCE_TEST_PG_USER} and
 * {@code COPRODUCE_TEST_PG_PASSWORD}) when one is set, otherwise an embedded server started once per JVM
 * (see {@link EmbeddedPostgresServer}); each test database is a schema of its own there, dropped afterwards.
 */
public final class TestDatabases {

    /** Which database. */
    public enum Kind {
        H2("H2"), POSTGRESQL("PostgreSQL");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How to reach the PostgreSQL server. */
    private record Server(String url, String user, String password) {
    }

    /** Flyway tells every step at INFO; its warnings are enough here (kept referenced: JUL holds loggers weakly). */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private static Server server;

    private TestDatabases() {
    }

    /** Empty databases of both kinds with the core schema migrated; drop them after the test class. */
    public static List<TestDatabase> bothMigrated(Class<?> testClass) {
        List<TestDatabase> databases = new ArrayList<>();
        try {
            for (Kind kind : Kind.values()) {
                databases.add(create(kind, testClass.getSimpleName()).migrated());
            }
            return List.copyOf(databases);
        } catch (RuntimeException e) {
            dropAll(databases);
            throw e;
        }
    }

    /** A new, empty database of {@code kind}; {@code label} only makes its name easier to recognise. */
    public static TestDatabase create(Kind kind, String label) {
        String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        return kind == Kind.H2 ? h2(id) : postgres(id);
    }

    /** Drops the databases (null when the test class never got them). */
    public static void dropAll(List<TestDatabase> databases) {
        if (databases != null) {
            databases.forEach(TestDatabase::drop);
        }
    }

    private static TestDatabase h2(String id) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + id
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return new TestDatabase(Kind.H2, id, dataSource, () -> execute(dataSource, "SHUTDOWN"));
    }

    private static TestDatabase postgres(String id) {
        Server pg = server();
        String schema = "test_" + id;
        PGSimpleDataSource admin = dataSource(pg);
        execute(admin, "CREATE SCHEMA " + schema);
        PGSimpleDataSource dataSource = dataSource(pg);
        dataSource.setCurrentSchema(schema);
        return new TestDatabase(Kind.POSTGRESQL, id, dataSource,
                () -> execute(admin, "DROP SCHEMA " + schema + " CASCADE"));
    }

    private static PGSimpleDataSource dataSource(Server pg) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(pg.url());
        if (pg.user() != null) {
            dataSource.setUser(pg.user());
        }
        if (pg.password() != null) {
            dataSource.setPassword(pg.password());
        }
        return dataSource;
    }

    private static synchronized Server server() {
        if (server == null) {
            String url = setting("coproduce.test.pg.url", "COPRODUCE_TEST_PG_URL");
            if (url != null) {
                server = new Server(url, setting("coproduce.test.pg.user", "COPRODUCE_TEST_PG_USER"),
                        setting("coproduce.test.pg.password", "COPRODUCE_TEST_PG_PASSWORD"));
            } else {
                try {
                    EmbeddedPostgres embedded = EmbeddedPostgresServer.start();
                    server = new Server(embedded.getJdbcUrl("postgres", "postgres"), null, null);
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
                }
            }
        }
        return server;
    }

    /** A system property, or else an environment variable; null when neither is set or both are blank. */
    private static String setting(String property, String variable) {
        return Stream.of(System.getProperty(property), System.getenv(variable))
                .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql, e);
        }
    }
}
