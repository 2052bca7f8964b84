package org.coproduce.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The index outbox on H2 and PostgreSQL: written with the change or not at all, read back in order. */
class SearchOutboxIT extends OnBothDatabases {

    @BeforeEach
    void emptyOutboxes() {
        databases().forEach(db -> db.runInTransaction(em -> em.createQuery("DELETE FROM SearchTask").executeUpdate()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aTaskExistsOnlyWhenItsTransactionCommits(TestDatabase db) {
        assertThrows(IllegalStateException.class, () -> db.runInTransaction(em -> {
            SearchFixtures.outbox(em).changed(SearchOutbox.THREAD, 5L);
            throw new IllegalStateException("the change fails");
        }));
        assertEquals(List.of(), db.inTransaction(em -> SearchFixtures.outbox(em).after(0, 10)));

        db.runInTransaction(em -> SearchFixtures.outbox(em).changed(SearchOutbox.THREAD, 5L));
        List<SearchTask> tasks = db.inTransaction(em -> SearchFixtures.outbox(em).after(0, 10));
        assertEquals(1, tasks.size());
        assertEquals("thread", tasks.get(0).docType());
        assertEquals("5", tasks.get(0).docId());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void tasksComeBackInIdOrderAfterAPosition(TestDatabase db) {
        db.runInTransaction(em -> {
            SearchOutbox outbox = SearchFixtures.outbox(em);
            outbox.changed(SearchOutbox.THREAD, 1L);
            outbox.changed(SearchOutbox.REPLY, 2L);
            outbox.changed(SearchOutbox.STORY, 3L);
        });
        List<SearchTask> all = db.inTransaction(em -> SearchFixtures.outbox(em).after(0, 10));
        assertEquals(List.of("1", "2", "3"), all.stream().map(SearchTask::docId).toList());
        long first = all.get(0).id();
        assertEquals(List.of("2", "3"), db.inTransaction(em -> SearchFixtures.outbox(em).after(first, 10)).stream()
                .map(SearchTask::docId).toList());
        assertEquals(all.get(2).id(), db.inTransaction(em -> SearchFixtures.outbox(em).lastId()));
        assertEquals(List.of("1", "2"), db.inTransaction(em -> SearchFixtures.outbox(em)
                .lateArrivals(all.get(1).id(), Instant.now().minusSeconds(60), 10)).stream().map(SearchTask::docId).toList());
        assertEquals(List.of(), db.inTransaction(em -> SearchFixtures.outbox(em)
                .lateArrivals(all.get(1).id(), Instant.now().plusSeconds(60), 10)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void pruningDeletesOnlyOldAppliedTasks(TestDatabase db) {
        db.runInTransaction(em -> {
            SearchFixtures.outbox(em).changed(SearchOutbox.THREAD, 1L);
            SearchFixtures.outbox(em).changed(SearchOutbox.THREAD, 2L);
        });
        List<SearchTask> all = db.inTransaction(em -> SearchFixtures.outbox(em).after(0, 10));
        assertEquals(Integer.valueOf(0), db.inTransaction(em -> SearchFixtures.outbox(em).prune(all.get(1).id(), Instant.now().minusSeconds(60))));
        assertEquals(Integer.valueOf(1), db.inTransaction(em -> SearchFixtures.outbox(em).prune(all.get(0).id(), Instant.now().plusSeconds(1))));
        assertEquals(List.of("2"), db.inTransaction(em -> SearchFixtures.outbox(em).after(0, 10)).stream()
                .map(SearchTask::docId).toList());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void typesAndIdsAreChecked(TestDatabase db) {
        assertThrows(IllegalArgumentException.class, () -> db.runInTransaction(em -> SearchFixtures.outbox(em).changed("", 1L)));
        assertThrows(IllegalArgumentException.class, () -> db.runInTransaction(em -> SearchFixtures.outbox(em)
                .changed("thread", "x".repeat(61))));
        assertTrue(SearchSources.validPluginType("plan-item"));
        assertTrue(!SearchSources.validPluginType("thread") && !SearchSources.validPluginType("Plan item"));
    }
}
