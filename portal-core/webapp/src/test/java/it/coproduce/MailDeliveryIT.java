package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Mailbox;
import it.coproduce.support.Portal;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox through a real SMTP server: while the server is down mails wait with their error and are
 * retried with backoff; when it comes back each arrives exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailDeliveryIT {

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void mailsSurviveAnSmtpOutageAndArriveExactlyOnce() {
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(Portal.newEmail("outage" + i));
        }
        people.forEach(email -> assertEquals(201, portal.register("Out Age", email, Portal.GOOD_PASSWORD, "other").status()));

        for (String email : people) {
            // Between attempts a failed mail waits as PENDING (while an attempt runs it is SENDING).
            JsonObject waiting = awaitState(admin, email,
                    m -> m.getInt("attempts") >= 1 && "PENDING".equals(m.getString("state")), Duration.ofSeconds(20));
            assertTrue(waiting.getString("lastError").contains("Exception"), "the error is kept: " + waiting);
        }

        try (Mailbox mailbox = new Mailbox()) {
            for (String email : people) {
                mailbox.awaitMail(email, 1, Duration.ofSeconds(30));
            }
            for (String email : people) {
                JsonObject sent = awaitState(admin, email, m -> "SENT".equals(m.getString("state")), Duration.ofSeconds(10));
                assertTrue(sent.getInt("attempts") >= 2, "failed at least once, then sent: " + sent);
            }
            for (String email : people) {
                assertEquals(1, mailbox.mailsTo(email).size(), "exactly once to " + email);
            }
        }
    }

    private JsonObject awaitState(String admin, String recipient, java.util.function.Predicate<JsonObject> done,
                                  Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        Optional<JsonObject> mail = Optional.empty();
        while (Instant.now().isBefore(end)) {
            mail = portal.get("/api/v1/admin/mail?limit=100", admin).jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getString("recipient").equals(recipient)).findFirst();
            if (mail.isPresent() && done.test(mail.get())) {
                return mail.get();
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new AssertionError("Mail to " + recipient + " did not reach the expected state: " + mail);
    }
}
