package org.coproduce.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.coproduce.portal.persistence.TestDatabase;
import org.coproduce.portal.persistence.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One delivery round of the {@link MailDeliveryWorker}: the real outbox on H2 and PostgreSQL, sending over SMTP to
 * GreenMail on the loopback address (or to a port where nothing listens).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryIT {

    private static final String LOOPBACK = "127.0.0.1";

    private List<TestDatabase> databases;
    private GreenMail smtp;

    @BeforeAll
    void start() {
        databases = TestDatabases.bothMigrated(getClass());
        smtp = new GreenMail(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterAll
    void stop() {
        if (smtp != null) {
            smtp.stop();
        }
        TestDatabases.dropAll(databases);
    }

    @BeforeEach
    void emptyOutboxesAndMailboxes() throws FolderException {
        databases.forEach(db -> db.runInTransaction(em -> em.createQuery("DELETE FROM OutgoingMail").executeUpdate()));
        smtp.purgeEmailFromAllMailboxes();
    }

    Stream<TestDatabase> databases() {
        return databases.stream();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void dueMailsAreSentAndMarkedSent(TestDatabase db) {
        enqueue(db, "ann@example.org", "bob@example.org");

        worker(db).deliverDue(sender(smtp.getSmtp().getPort()));

        assertTrue(smtp.waitForIncomingEmail(5_000, 2));
        assertEquals(List.of("[ann@example.org]", "[bob@example.org]"),
                Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryIT::recipients).sorted().toList());
        List<MailView> outbox = recent(db);
        assertTrue(outbox.stream().allMatch(m -> m.state() == MailState.SENT && m.attempts() == 1), outbox::toString);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void undeliveredMailsAreRetriedLaterThenGivenUp(TestDatabase db) throws IOException {
        enqueue(db, "cara@example.org");
        MailDeliveryWorker worker = worker(db);
        SmtpMailSender unreachable = sender(closedPort());

        worker.deliverDue(unreachable);

        MailView failed = recent(db).get(0);
        assertEquals(MailState.PENDING, failed.state());
        assertEquals(1, failed.attempts());
        assertTrue(failed.lastError().startsWith("MailConnectException: "), failed.lastError());
        worker.deliverDue(unreachable);
        assertEquals(1, recent(db).get(0).attempts(), "not tried again before its time");

        db.runInTransaction(em -> em.createQuery("UPDATE OutgoingMail m SET m.nextAttemptAt = :past")
                .setParameter("past", Instant.now().minusSeconds(1)).executeUpdate());
        worker.deliverDue(unreachable);

        MailView dead = recent(db).get(0);
        assertEquals(MailState.DEAD, dead.state());
        assertEquals(2, dead.attempts());
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    private static MailDeliveryWorker worker(TestDatabase db) {
        MailSettings settings = new MailSettings();
        settings.retryBaseMillis = Duration.ofMinutes(1).toMillis();
        settings.retryMaxMillis = Duration.ofMinutes(10).toMillis();
        settings.maxAttempts = 2;
        MailDeliveryWorker worker = new MailDeliveryWorker();
        worker.outbox = new TransactionalOutbox(db);
        worker.settings = settings;
        return worker;
    }

    private static SmtpMailSender sender(int port) {
        return new SmtpMailSender(new SmtpServer(LOOPBACK, port, null, null, false, Duration.ofSeconds(2),
                "Coproduce <no-reply@coproduce.example>"));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        }
    }

    private static void enqueue(TestDatabase db, String... recipients) {
        db.runInTransaction(em -> {
            MailOutbox outbox = new MailOutbox();
            outbox.em = em;
            for (String recipient : recipients) {
                outbox.enqueue(recipient, "Hello " + recipient, "A mail for " + recipient);
            }
        });
    }

    private static List<MailView> recent(TestDatabase db) {
        return new TransactionalOutbox(db).recent(10);
    }

    private static String recipients(Message message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outbox as the container serves it: each call in a transaction of its own, as its annotations ask. */
    private static final class TransactionalOutbox extends MailOutbox {

        private final TestDatabase db;

        TransactionalOutbox(TestDatabase db) {
            this.db = db;
        }

        private <T> T call(Function<MailOutbox, T> work) {
            return db.inTransaction(em -> {
                MailOutbox outbox = new MailOutbox();
                outbox.em = em;
                return work.apply(outbox);
            });
        }

        @Override
        public List<MailView> recent(int limit) {
            return call(outbox -> outbox.recent(limit));
        }

        @Override
        public List<MailView> claimDue(int limit) {
            return call(outbox -> outbox.claimDue(limit));
        }

        @Override
        public void markSent(long id) {
            call(outbox -> {
                outbox.markSent(id);
                return null;
            });
        }

        @Override
        public void markFailed(long id, String error, RetryPolicy policy) {
            call(outbox -> {
                outbox.markFailed(id, error, policy);
                return null;
            });
        }
    }
}
