package org.coproduce.portal.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * One empty database for the tests of one class, H2 or PostgreSQL: its {@link DataSource}, the core schema on
 * demand, and the core persistence unit opened on it for Java SE (resource-local transactions instead of JTA).
 * {@link #drop()} closes the persistence unit and drops the database. (Not {@link AutoCloseable}: JUnit closes
 * such arguments of parameterized tests after each invocation, and one database serves a whole test class.)
 */
public final class TestDatabase {

    private final TestDatabases.Kind kind;
    private final String id;
    private final DataSource dataSource;
    private final Runnable drop;
    private EntityManagerFactory emf;

    TestDatabase(TestDatabases.Kind kind, String id, DataSource dataSource, Runnable drop) {
        this.kind = kind;
        this.id = id;
        this.dataSource = dataSource;
        this.drop = drop;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Applies the core migrations, as the portal does when it boots. */
    public TestDatabase migrated() {
        new SchemaMigrations(dataSource, getClass().getClassLoader()).migrateCore();
        return this;
    }

    /** The {@code coproduce} persistence unit on this database, opened on first use. */
    public synchronized EntityManagerFactory jpa() {
        if (emf == null) {
            emf = Persistence.createEntityManagerFactory("coproduce", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.nonJtaDataSource", dataSource,
                    "eclipselink.target-server", "None",
                    // EclipseLink shares a deployed unit between factories of the same session name.
                    "eclipselink.session-name", "coproduce-test-" + id));
        }
        return emf;
    }

    /** Runs {@code work} in a transaction of its own, with a new entity manager, and commits. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = jpa().createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Like {@link #inTransaction(Function)}, for work without a result. */
    public void runInTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs plain JDBC on a connection of its own (auto-commit). */
    public <T> T jdbc(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on " + this, e);
        }
    }

    /** JDBC work that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Closes the persistence unit and drops the database. */
    public synchronized void drop() {
        if (emf != null) {
            emf.close();
            emf = null;
        }
        drop.run();
    }

    @Override
    public String toString() {
        return kind.label();
    }
}
