package org.coproduce.portal.persistence;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the persistence tests: migrated H2 and PostgreSQL databases for the test class, offered to
 * {@code @ParameterizedTest @MethodSource("databases")} methods and dropped afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OnBothDatabases {

    private List<TestDatabase> databases;

    @BeforeAll
    void openDatabases() {
        databases = TestDatabases.bothMigrated(getClass());
    }

    @AfterAll
    void dropDatabases() {
        TestDatabases.dropAll(databases);
    }

    protected Stream<TestDatabase> databases() {
        return databases.stream();
    }
}
