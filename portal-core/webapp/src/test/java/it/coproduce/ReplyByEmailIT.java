package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Mailbox;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reply by email through real SMTP and IMAP (GreenMail on loopback): a follower's notification mail carries a
 * signed Reply-To address; their answer, delivered into the portal's reply mailbox, is posted in the thread under
 * their name without the quoted mail and signature; a mail from another address is refused; each mail once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReplyByEmailIT {

    private static final Session MAIL = Session.getInstance(new Properties());

    private final Portal portal = new Portal();
    private Mailbox mailbox;
    private String student;
    private String practitioner;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void start() {
        mailbox = Mailbox.withReplyMailbox();
        student = portal.token("student@example.org", Portal.DEMO_PASSWORD);
        practitioner = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
    }

    @AfterEach
    void stop() {
        portal.post("/api/v1/notifications/read", "{}", student);
        mailbox.close();
    }

    @Test
    void aReplyToTheNotificationMailIsPostedByTheMemberWithoutTheQuoteAndAForgedSenderIsRefused() throws Exception {
        long thread = startThread("By email " + UUID.randomUUID());
        assertEquals(200, portal.put("/api/v1/threads/" + thread + "/follow", "{\"following\":true}", student).status());
        int before = mailbox.mailsTo("student@example.org").size();
        reply(thread, "Shall we meet on Tuesdays?");

        MimeMessage notice = mailbox.awaitMail("student@example.org", before + 1, Duration.ofSeconds(20));
        String replyTo = ((InternetAddress) notice.getReplyTo()[0]).getAddress();
        assertTrue(replyTo.matches("replies\\+[0-9a-z]+-[0-9a-z]+-[0-9a-f]{20}@localhost"), replyTo);
        assertTrue(Mailbox.text(notice).contains("Reply to this email"), Mailbox.text(notice));

        // Someone else uses the address (a forwarded mail, or a forgery): refused, never posted.
        mailbox.deliverToReplies(answer("someone-else@example.org", replyTo, "Forged words " + UUID.randomUUID()));
        String genuine = "Tuesdays suit me, thank you.";
        MimeMessage answer = answer("student@example.org", replyTo, genuine + "\n\nSam\n\nOn Thu, 26 Nov 2026 at 17:02, "
                + "Coproduce <no-reply@localhost> wrote:\n> Shall we meet on Tuesdays?\n>\n> Read more\n\n-- \nSam the student");
        mailbox.deliverToReplies(answer);

        JsonObject posted = awaitReply(thread, r -> r.getString("body").startsWith(genuine));
        assertEquals(genuine + "\n\nSam", posted.getString("body"), "quote and signature left out");
        assertEquals("student@example.org", email(posted.getJsonNumber("authorId").longValue()));
        assertTrue(replies(thread).stream().noneMatch(r -> r.getString("body").contains("Forged words")),
                "the mail from another address was handled first, and refused");

        // The same mail read again (a second node, a crash before it was flagged) is not posted twice; an HTML-only
        // mail is read as text.
        mailbox.deliverToReplies(answer);
        MimeMessage html = answer("student@example.org", replyTo, null);
        html.setContent("<div dir=\"ltr\"><p>From my <b>phone</b> &amp; in HTML.</p></div><div class=\"gmail_quote\">"
                + "<blockquote>Shall we meet?</blockquote></div>", "text/html; charset=UTF-8");
        html.saveChanges();
        mailbox.deliverToReplies(html);
        awaitReply(thread, r -> r.getString("body").equals("From my phone & in HTML."));
        assertEquals(1, replies(thread).stream().filter(r -> r.getString("body").startsWith(genuine)).count(),
                "each mail posted once");
    }

    @Test
    void aReplyToALockedThreadIsNotPosted() throws Exception {
        long thread = startThread("Locked by email " + UUID.randomUUID());
        portal.put("/api/v1/threads/" + thread + "/follow", "{\"following\":true}", student);
        int before = mailbox.mailsTo("student@example.org").size();
        reply(thread, "Anything else?");
        MimeMessage notice = mailbox.awaitMail("student@example.org", before + 1, Duration.ofSeconds(20));
        String replyTo = ((InternetAddress) notice.getReplyTo()[0]).getAddress();
        String moderator = portal.token("moderator@example.org", Portal.DEMO_PASSWORD);
        assertEquals(200, portal.put("/api/v1/threads/" + thread + "/lock", "{\"locked\":true,\"notice\":\"Closed.\"}",
                moderator).status());

        mailbox.deliverToReplies(answer("student@example.org", replyTo, "Too late " + UUID.randomUUID()));
        long other = startThread("Open by email " + UUID.randomUUID());
        portal.put("/api/v1/threads/" + other + "/follow", "{\"following\":true}", student);
        reply(other, "Still open.");
        MimeMessage second = mailbox.awaitMail("student@example.org", before + 2, Duration.ofSeconds(20));
        mailbox.deliverToReplies(answer("student@example.org", ((InternetAddress) second.getReplyTo()[0]).getAddress(),
                "In time."));

        awaitReply(other, r -> r.getString("body").equals("In time."));
        assertFalse(replies(thread).stream().anyMatch(r -> r.getString("body").startsWith("Too late")));
    }

    private MimeMessage answer(String from, String to, String text) throws Exception {
        MimeMessage mail = new MimeMessage(MAIL);
        mail.setFrom(new InternetAddress(from));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        mail.setSubject("Re: your notification", "UTF-8");
        if (text != null) {
            mail.setText(text, "UTF-8");
        }
        mail.saveChanges();
        return mail;
    }

    private JsonObject awaitReply(long thread, java.util.function.Predicate<JsonObject> wanted) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(end)) {
            var found = replies(thread).stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The reply by email did not appear in thread " + thread + ": " + replies(thread));
    }

    private List<JsonObject> replies(long thread) {
        Response detail = portal.get("/api/v1/threads/" + thread + "?size=100", student);
        assertEquals(200, detail.status(), detail.toString());
        return detail.json().getJsonObject("replies").getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private String email(long accountId) {
        JsonObject me = portal.get("/api/v1/me", student).json();
        return me.getJsonNumber("id").longValue() == accountId ? me.getString("email") : "account " + accountId;
    }

    private long startThread(String title) {
        long category = portal.get("/api/v1/categories").jsonArray().stream().map(JsonObject.class::cast)
                .filter(c -> !c.getBoolean("membersOnly")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Response started = portal.post("/api/v1/threads", Json.createObjectBuilder().add("categoryId", category)
                .add("title", title).add("body", "What works for you?").build().toString(), practitioner);
        assertEquals(201, started.status(), started.toString());
        return started.json().getJsonNumber("id").longValue();
    }

    private void reply(long thread, String body) {
        Response replied = portal.post("/api/v1/threads/" + thread + "/replies",
                Json.createObjectBuilder().add("body", body).build().toString(), practitioner);
        assertEquals(201, replied.status(), replied.toString());
    }
}
