package org.coproduce.portal.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.discussion.Category;
import org.coproduce.portal.discussion.DiscussionThread;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Links from practice examples to guidance and discussion threads, on H2 and PostgreSQL. */
class PracticeLinksIT extends OnBothDatabases {

    @ParameterizedTest
    @MethodSource("databases")
    void linksAreStoredAndReadBackAsTheViewerMaySeeThem(TestDatabase db) {
        long author = author(db);
        long guideB = guidance(db, author, "B guide " + UUID.randomUUID());
        long guideA = guidance(db, author, "A guide " + UUID.randomUUID());
        long publicThread = thread(db, author, false, "Open thread");
        long closedThread = thread(db, author, true, "Closed thread");

        long id = db.inTransaction(em -> PracticeExamplesIT.examples(em).add(author,
                example(List.of(guideB, guideA, guideB), List.of(publicThread))).id());
        db.runInTransaction(em -> em.createNativeQuery("INSERT INTO practice_thread_link (example_id, thread_id) "
                + "VALUES (?1, ?2)").setParameter(1, id).setParameter(2, closedThread).executeUpdate());

        PracticeExamples.Related visitor = db.inTransaction(em -> PracticeExamplesIT.examples(em).related(id, Viewer.ANONYMOUS));
        assertEquals(List.of(guideA, guideB), visitor.guidance().stream().map(PracticeExamples.RelatedItem::id).toList(),
                "each document once, by title");
        assertTrue(visitor.guidance().get(0).title().startsWith("A guide "));
        assertEquals(List.of(new PracticeExamples.RelatedItem(publicThread, "Open thread")), visitor.threads(),
                "a members-only thread is left out for visitors");

        Viewer member = new Viewer(Optional.of(author), "Test Person", Optional.of(PortalRole.MEMBER), true);
        PracticeExamples.Related signedIn = db.inTransaction(em -> PracticeExamplesIT.examples(em).related(id, member));
        assertEquals(List.of("Closed thread", "Open thread"),
                signedIn.threads().stream().map(PracticeExamples.RelatedItem::title).toList());

        long unlinked = db.inTransaction(em -> PracticeExamplesIT.examples(em).add(author, example(List.of(), List.of())).id());
        PracticeExamples.Related none = db.inTransaction(em -> PracticeExamplesIT.examples(em).related(unlinked, member));
        assertEquals(List.of(), none.guidance());
        assertEquals(List.of(), none.threads());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void unknownIdsAndMembersOnlyThreadsAreRefused(TestDatabase db) {
        long author = author(db);
        long guide = guidance(db, author, "Guide " + UUID.randomUUID());
        long closedThread = thread(db, author, true, "Closed thread");
        long openThread = thread(db, author, false, "Open thread");

        Problem problem = assertThrows(Problem.class, () -> db.inTransaction(em -> PracticeExamplesIT.examples(em)
                .add(author, example(List.of(guide, 987654321098L), List.of(openThread, 987654321099L, closedThread)))));
        assertEquals(Problem.Kind.INVALID, problem.kind());
        List<String> fields = problem.fields().stream().map(Problem.FieldMessage::field).toList();
        assertEquals(List.of("relatedGuidanceIds", "relatedThreadIds"), fields);
        assertTrue(problem.fields().get(0).message().contains("987654321098"));
        assertEquals("There is no discussion thread with the number 987654321099. The discussion thread " + closedThread
                + " is in a members-only category, so a public practice example cannot link to it.",
                problem.fields().get(1).message(), "the open thread is fine");

        assertThrows(PersistenceException.class, () -> db.runInTransaction(em -> {
            long example = PracticeExamplesIT.examples(em).add(author, example(List.of(), List.of())).id();
            em.createNativeQuery("INSERT INTO practice_guidance_link (example_id, document_id) VALUES (?1, ?2)")
                    .setParameter(1, example).setParameter(2, 987654321097L).executeUpdate();
        }), "the database refuses a link to a document that does not exist");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void linkingAgainAddsOnlyWhatIsMissing(TestDatabase db) {
        long author = author(db);
        long guide = guidance(db, author, "Guide " + UUID.randomUUID());
        long thread = thread(db, author, false, "Open thread");
        long id = db.inTransaction(em -> PracticeExamplesIT.examples(em).add(author, example(List.of(guide), List.of())).id());

        db.runInTransaction(em -> PracticeExamplesIT.examples(em).link(id, List.of(guide), List.of(thread)));
        db.runInTransaction(em -> PracticeExamplesIT.examples(em).link(id, List.of(guide), List.of(thread)));

        assertEquals(2L, (long) db.inTransaction(em -> ((Number) em.createNativeQuery(
                "SELECT (SELECT COUNT(*) FROM practice_guidance_link WHERE example_id = ?1) "
                        + "+ (SELECT COUNT(*) FROM practice_thread_link WHERE example_id = ?1)")
                .setParameter(1, id).getSingleResult()).longValue()));
        assertTrue(db.inTransaction(em -> PracticeExamplesIT.examples(em).publishedGuidance()).stream()
                .anyMatch(item -> item.id() == guide));
    }

    private static NewPracticeExample example(List<Long> guidance, List<Long> threads) {
        String reference = "LN-" + (100000 + ThreadLocalRandom.current().nextInt(899999));
        return new NewPracticeExample("Linked " + reference, "Summary", "Body", "GB", "Organisation",
                "https://example.org", reference, "COPRODUCTION", List.of(), List.of(), List.of(), guidance, threads);
    }

    /** A published guidance document (written directly: the library's services belong to their own package). */
    private static long guidance(TestDatabase db, long author, String title) {
        long documentId = 900_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        db.runInTransaction(em -> {
            em.createNativeQuery("INSERT INTO guidance_document (id, created_at, created_by, latest_number, version) "
                    + "VALUES (?1, ?2, ?3, 1, 1)").setParameter(1, documentId).setParameter(2, now)
                    .setParameter(3, author).executeUpdate();
            em.createNativeQuery("INSERT INTO guidance_version (id, document_id, number, latest, title, summary, "
                    + "published_at, published_by) VALUES (?1, ?1, 1, TRUE, ?2, 'Summary', ?3, ?4)")
                    .setParameter(1, documentId).setParameter(2, title).setParameter(3, now)
                    .setParameter(4, author).executeUpdate();
        });
        return documentId;
    }

    private static long thread(TestDatabase db, long author, boolean membersOnly, String title) {
        return db.inTransaction(em -> {
            Category category = new Category("Links " + UUID.randomUUID(), "For tests", membersOnly, 1, Instant.now());
            em.persist(category);
            em.flush();
            DiscussionThread thread = new DiscussionThread(category.id(), author, title, "Body", List.of(), Instant.now());
            em.persist(thread);
            em.flush();
            return thread.id();
        });
    }

    private static long author(TestDatabase db) {
        String email = "links-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        return db.inTransaction(em -> {
            Account account = new Account(email, "Test Person", "pbkdf2-sha256$hash", NetworkRole.PRACTITIONER,
                    PortalRole.MEMBER, Instant.now());
            em.persist(account);
            return account;
        }).id();
    }

}
