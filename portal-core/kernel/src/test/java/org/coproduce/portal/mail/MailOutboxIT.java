package org.coproduce.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link MailOutbox} on H2 and PostgreSQL: writing, claiming, retrying and giving up on mails. */
class MailOutboxIT extends OnBothDatabases {

    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 3);

    /** Claiming takes every mail that is due, so each test starts with an empty outbox. */
    @BeforeEach
    void emptyOutboxes() {
        databases().forEach(db -> db.runInTransaction(em -> em.createQuery("DELETE FROM OutgoingMail").executeUpdate()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void mailsAreListedNewestFirst(TestDatabase db) {
        enqueue(db, "a@example.org", "b@example.org", "c@example.org");

        List<MailView> recent = db.inTransaction(em -> outbox(em).recent(10));

        assertEquals(List.of("c@example.org", "b@example.org", "a@example.org"),
                recent.stream().map(MailView::recipient).toList());
        assertTrue(recent.get(0).id() > recent.get(1).id() && recent.get(1).id() > recent.get(2).id());
        MailView mail = recent.get(2);
        assertEquals("Subject for a@example.org", mail.subject());
        assertEquals("Body for a@example.org", mail.body());
        assertEquals(MailState.PENDING, mail.state());
        assertEquals(0, mail.attempts());
        assertNotNull(mail.createdAt());
        assertNull(mail.sentAt());
        assertNull(mail.lastError());
        assertEquals(2, db.inTransaction(em -> outbox(em).recent(2)).size());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMailIsWrittenOnlyWhenItsTransactionCommits(TestDatabase db) {
        assertThrows(IllegalStateException.class, () -> db.runInTransaction(em -> {
            outbox(em).enqueue("rolled-back@example.org", "Never", "Never sent");
            throw new IllegalStateException("the change that caused the mail fails");
        }));

        assertEquals(List.of(), db.inTransaction(em -> outbox(em).recent(10)));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void dueMailsAreClaimedOnceOldestFirst(TestDatabase db) {
        List<Long> ids = enqueue(db, "one@example.org", "two@example.org", "three@example.org");

        List<MailView> first = claimDue(db, 1);
        List<MailView> rest = claimDue(db, 10);

        assertEquals(List.of(ids.get(0)), first.stream().map(MailView::id).toList());
        assertEquals(ids.subList(1, 3), rest.stream().map(MailView::id).toList());
        assertTrue(Stream.concat(first.stream(), rest.stream()).allMatch(m -> m.state() == MailState.SENDING));
        assertEquals(List.of(), claimDue(db, 10), "a claimed mail is not claimed again");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aClaimLeftByACrashedWorkerLapses(TestDatabase db) {
        long id = enqueue(db, "lapsed@example.org").get(0);
        claimDue(db, 10);
        db.runInTransaction(em -> em.createQuery("UPDATE OutgoingMail m SET m.claimedUntil = :past WHERE m.id = :id")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("id", id).executeUpdate());

        assertEquals(List.of(id), claimDue(db, 10).stream().map(MailView::id).toList());
        assertEquals(List.of(), claimDue(db, 10));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailedMailIsRetriedWithBackoffUntilItIsDead(TestDatabase db) {
        long id = enqueue(db, "flaky@example.org").get(0);

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertEquals(List.of(id), claimDue(db, 10).stream().map(MailView::id).toList());
            Instant failedAt = Instant.now();
            markFailed(db, id, "451 try again later");

            OutgoingMail mail = find(db, id);
            assertEquals(MailState.PENDING, mail.state());
            assertEquals(attempt, mail.attempts());
            assertEquals("451 try again later", mail.lastError());
            Duration wait = Duration.between(failedAt, mail.nextAttemptAt());
            Duration expected = POLICY.delayAfter(attempt);
            assertTrue(wait.compareTo(expected.minusSeconds(1)) > 0 && wait.compareTo(expected.plusSeconds(5)) < 0,
                    "attempt " + attempt + " waits " + wait);
            assertEquals(List.of(), claimDue(db, 10), "not due before its next attempt");
            makeDue(db, id);
        }
        claimDue(db, 10);
        markFailed(db, id, "550 no such user");

        OutgoingMail dead = find(db, id);
        assertEquals(MailState.DEAD, dead.state());
        assertEquals(3, dead.attempts());
        assertEquals("550 no such user", dead.lastError());
        makeDue(db, id);
        assertEquals(List.of(), claimDue(db, 10), "a dead mail is never claimed");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aSentMailIsDone(TestDatabase db) {
        long id = enqueue(db, "sent@example.org").get(0);
        claimDue(db, 10);
        markFailed(db, id, "timeout");
        makeDue(db, id);
        claimDue(db, 10);
        Instant before = Instant.now().minusMillis(1);

        db.runInTransaction(em -> outbox(em).markSent(id));

        MailView sent = db.inTransaction(em -> outbox(em).recent(1)).get(0);
        assertEquals(id, sent.id());
        assertEquals(MailState.SENT, sent.state());
        assertEquals(2, sent.attempts());
        assertTrue(sent.sentAt().isAfter(before), "sent at " + sent.sentAt());
        assertNull(sent.lastError());
        makeDue(db, id);
        assertEquals(List.of(), claimDue(db, 10));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void longErrorsAreCut(TestDatabase db) {
        long id = enqueue(db, "long@example.org").get(0);
        claimDue(db, 10);

        markFailed(db, id, "x".repeat(5000));

        assertEquals("x".repeat(1000), find(db, id).lastError());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoClaimersInConcurrentTransactionsNeverTakeTheSameMail(TestDatabase db) throws Exception {
        List<Long> ids = enqueue(db, "first@example.org", "second@example.org", "third@example.org");
        EntityManager em = db.jpa().createEntityManager();
        try {
            em.getTransaction().begin();
            List<MailView> mine = outbox(em).claimDue(1);
            // Another node claims while this transaction still holds its claim: it skips the locked row, never waits.
            List<MailView> theirs = CompletableFuture.supplyAsync(() -> claimDue(db, 1)).get(20, TimeUnit.SECONDS);
            em.getTransaction().commit();

            assertEquals(List.of(ids.get(0)), mine.stream().map(MailView::id).toList());
            assertEquals(List.of(ids.get(1)), theirs.stream().map(MailView::id).toList());
            assertEquals(List.of(ids.get(2)), claimDue(db, 10).stream().map(MailView::id).toList());
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void claimersRacingOverManyMailsTakeEachExactlyOnce(TestDatabase db) throws Exception {
        String[] recipients = new String[40];
        for (int i = 0; i < recipients.length; i++) {
            recipients[i] = "race-" + i + "@example.org";
        }
        List<Long> ids = enqueue(db, recipients);
        Set<Long> taken = ConcurrentHashMap.newKeySet();
        List<Long> duplicates = new CopyOnWriteArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                runs.add(workers.submit(() -> {
                    for (int round = 0; round < 100; round++) {
                        List<MailView> claimed = db.inTransaction(em -> {
                            List<MailView> some = outbox(em).claimDue(2);
                            try {
                                Thread.sleep(5); // hold the claim a moment, as a sending worker does
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return some;
                        });
                        if (claimed.isEmpty()) {
                            return;
                        }
                        claimed.forEach(m -> {
                            if (!taken.add(m.id())) {
                                duplicates.add(m.id());
                            }
                        });
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }
        assertEquals(List.of(), duplicates, "no mail claimed twice");
        assertEquals(Set.copyOf(ids), taken, "every mail claimed");
    }

    private static List<Long> enqueue(TestDatabase db, String... recipients) {
        db.runInTransaction(em -> {
            for (String recipient : recipients) {
                outbox(em).enqueue(recipient, "Subject for " + recipient, "Body for " + recipient);
            }
        });
        List<MailView> written = db.inTransaction(em -> outbox(em).recent(recipients.length));
        return written.stream().map(MailView::id).sorted().toList();
    }

    private static List<MailView> claimDue(TestDatabase db, int limit) {
        return db.inTransaction(em -> outbox(em).claimDue(limit));
    }

    private static void markFailed(TestDatabase db, long id, String error) {
        db.runInTransaction(em -> outbox(em).markFailed(id, error, POLICY));
    }

    private static void makeDue(TestDatabase db, long id) {
        db.runInTransaction(em -> em.createQuery("UPDATE OutgoingMail m SET m.nextAttemptAt = :past WHERE m.id = :id")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("id", id).executeUpdate());
    }

    private static OutgoingMail find(TestDatabase db, long id) {
        return db.inTransaction(em -> em.find(OutgoingMail.class, id));
    }

    private static MailOutbox outbox(EntityManager em) {
        MailOutbox outbox = new MailOutbox();
        outbox.em = em;
        return outbox;
    }
}
