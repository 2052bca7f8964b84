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
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Members hear about replies in what they follow and responses to their stories: listed in the portal with an
 * unread count, mailed through real SMTP (plain text and HTML, List-Unsubscribe), and one click stops them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

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
        mailbox = new Mailbox();
        student = portal.token("student@example.org", Portal.DEMO_PASSWORD);
        practitioner = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
    }

    @AfterEach
    void stop() {
        portal.put("/api/v1/me/notification-preferences", "{\"followed-reply\":\"IMMEDIATE\",\"mention\":\"OFF\"}", student);
        portal.post("/api/v1/notifications/read", "{}", student);
        mailbox.close();
    }

    @Test
    void aFollowerIsToldOfAReplyByMailAndInThePortalAndOneClickStopsTheMails() throws Exception {
        long thread = startThread("Heard about " + UUID.randomUUID());
        assertEquals(200, portal.put("/api/v1/threads/" + thread + "/follow", "{\"following\":true}", student).status());
        portal.post("/api/v1/notifications/read", "{}", student);
        int before = mailbox.mailsTo("student@example.org").size();

        long reply = reply(thread, "Thanks for asking: <b>we meet</b> every Tuesday.");

        MimeMessage mail = mailbox.awaitMail("student@example.org", before + 1, Duration.ofSeconds(20));
        assertTrue(mail.getSubject().startsWith("New reply in"), mail.getSubject());
        String unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertTrue(unsubscribe.startsWith("<" + portal.url("/api/v1/unsubscribe?token=")), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
        Multipart alternatives = (Multipart) mail.getContent();
        assertTrue(alternatives.getContentType().startsWith("multipart/alternative"));
        String text = Mailbox.text(mail);
        String html = (String) part(alternatives, "text/html").getContent();
        assertTrue(text.contains("every Tuesday") && text.contains(portal.url("/discussions/reply?id=" + reply)), text);
        assertTrue(html.contains("Priya Practitioner") && !html.contains("<b>"), html);

        JsonObject listed = portal.get("/api/v1/notifications", student).json();
        assertEquals(1, listed.getJsonNumber("unreadCount").longValue());
        JsonObject item = listed.getJsonArray("items").getJsonObject(0);
        assertEquals("followed-reply", item.getString("kind"));
        assertEquals("/discussions/reply?id=" + reply, item.getString("path"));
        assertFalse(item.getBoolean("read"));
        assertEquals(0, portal.get("/api/v1/notifications", practitioner).json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(n -> n.getString("path").equals("/discussions/reply?id=" + reply))
                .count(), "nobody hears of their own reply");

        String token = unsubscribe.substring(unsubscribe.indexOf("token=") + 6, unsubscribe.length() - 1);
        Response forged = portal.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/unsubscribe?token=" + token + "x")))
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")), null);
        assertEquals(400, forged.status());
        Response oneClick = portal.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/unsubscribe?token=" + token)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")), null);
        assertEquals(200, oneClick.status(), oneClick.toString());
        assertEquals("OFF", mode(portal.get("/api/v1/me/notification-preferences", student).json(), "followed-reply"));

        reply(thread, "A second reply, listed but not mailed.");
        assertEquals(2, portal.post("/api/v1/notifications/read", "{}", student).json().getInt("marked"),
                "the first and the second reply are listed");
        // A notification's mail is written to the outbox in the reply's own transaction: none there means none ever.
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        assertTrue(portal.get("/api/v1/admin/mail?limit=100", admin).jsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> m.getString("recipient").equals("student@example.org")
                        && m.getString("body").contains("A second reply")), "no mail after unsubscribing");
        assertEquals(before + 1, mailbox.mailsTo("student@example.org").size());
    }

    @Test
    void duringAnSmtpOutageABurstOfRepliesWaitsAndThenEachArrivesExactlyOnce() throws Exception {
        String title = "Outage " + UUID.randomUUID();
        long thread = startThread(title);
        portal.put("/api/v1/threads/" + thread + "/follow", "{\"following\":true}", student);

        mailbox.close();
        for (int i = 1; i <= 5; i++) {
            reply(thread, "Burst reply " + i);
        }
        Thread.sleep(2000);
        mailbox = new Mailbox();

        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (mailsAbout(title).size() < 5 && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
        Thread.sleep(2000);
        List<String> texts = mailsAbout(title);
        assertEquals(5, texts.size(), "each notification once");
        for (int i = 1; i <= 5; i++) {
            String reply = "Burst reply " + i;
            assertEquals(1, texts.stream().filter(t -> t.contains(reply)).count(), reply);
        }
    }

    @Test
    void theMailLinksToAPageThatAsksBeforeItStopsAnything() throws Exception {
        long thread = startThread("Asked first " + UUID.randomUUID());
        portal.put("/api/v1/threads/" + thread + "/follow", "{\"following\":true}", student);
        int before = mailbox.mailsTo("student@example.org").size();
        reply(thread, "Something to hear about.");
        MimeMessage mail = mailbox.awaitMail("student@example.org", before + 1, Duration.ofSeconds(20));
        String link = Mailbox.link(mail, "/unsubscribe?token=");

        Response page = portal.get(link.substring(portal.url("").length()));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Do you want to stop these emails?"), page.body());
        assertEquals("IMMEDIATE", mode(portal.get("/api/v1/me/notification-preferences", student).json(), "followed-reply"),
                "opening the page changes nothing");
        Response bad = portal.get("/unsubscribe?token=not-a-token");
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("This unsubscribe link is not valid"));
    }

    @Test
    void aStorysAuthorHearsOfAResponse() {
        String author = portal.token("serviceuser@example.org", Portal.DEMO_PASSWORD);
        Response shared = portal.post("/api/v1/stories", Json.createObjectBuilder().add("title", "Told " + UUID.randomUUID())
                .add("body", "How the review went.").add("pseudonymous", true).build().toString(), author);
        long story = shared.json().getJsonNumber("id").longValue();
        assertEquals(200, portal.post("/api/v1/stories/" + story + "/approval", "",
                portal.token("moderator@example.org", Portal.DEMO_PASSWORD)).status());
        assertEquals(201, portal.post("/api/v1/stories/" + story + "/responses", "{\"body\":\"Thank you for this.\"}",
                practitioner).status());

        JsonObject item = portal.get("/api/v1/notifications", author).json().getJsonArray("items").getJsonObject(0);
        assertEquals("story-response", item.getString("kind"));
        assertEquals("/stories/story?id=" + story, item.getString("path"));
        assertTrue(item.getString("text").contains("Thank you for this."));
        portal.post("/api/v1/notifications/read", "{}", author);
    }

    @Test
    void aMentionedMemberHearsOnceAndTheHeaderCountsWhatIsUnread() throws Exception {
        portal.post("/api/v1/notifications/read", "{}", student);
        assertTrue(portal.get("/", student).body().contains(">Notifications</a>"), "no count while nothing is unread");
        String title = "Mentioned " + UUID.randomUUID();
        long thread = startThread(title);
        portal.put("/api/v1/threads/" + thread + "/follow", "{\"following\":true}", student);

        long quiet = reply(thread, "Good point, @Stevie Student. As @Priya Practitioner said before...");
        JsonObject listed = portal.get("/api/v1/notifications", student).json();
        List<JsonObject> about = listed.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("path").equals("/discussions/reply?id=" + quiet)).toList();
        assertEquals(1, about.size(), "a follower who is mentioned hears once: " + about);
        assertEquals("mention", about.get(0).getString("kind"));
        assertEquals("Priya Practitioner mentioned you in \u201c" + title + "\u201d", about.get(0).getString("subject"));
        assertTrue(portal.get("/api/v1/notifications", practitioner).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().noneMatch(n -> n.getString("path").equals("/discussions/reply?id=" + quiet)), "not the author");
        assertEquals(0, outboxTo("student@example.org", title), "mentions are not mailed until the member opts in");

        Response page = portal.get("/", student);
        assertTrue(page.body().contains(">Notifications (1 new)</a>"), "the header counts the unread one");
        assertEquals(200, portal.get("/notifications", student).status());
        assertTrue(portal.get("/", student).body().contains(">Notifications</a>"), "seen on the notifications page");

        portal.put("/api/v1/me/notification-preferences", "{\"mention\":\"IMMEDIATE\"}", student);
        int before = mailbox.mailsTo("student@example.org").size();
        reply(thread, "cc @StevieStudent (a handle is the name without spaces)");
        MimeMessage mail = mailbox.awaitMail("student@example.org", before + 1, Duration.ofSeconds(20));
        assertEquals("Priya Practitioner mentioned you in \u201c" + title + "\u201d", mail.getSubject());
        assertTrue(Mailbox.text(mail).contains("a handle is the name without spaces"), Mailbox.text(mail));
        assertEquals(1, outboxTo("student@example.org", title), "one mail, not a second as a follower");
    }

    @Test
    void preferencesNeedASignInAndRefuseWhatTheyDoNotKnow() {
        assertEquals(401, portal.get("/api/v1/me/notification-preferences").status());
        assertEquals(401, portal.get("/api/v1/notifications").status());
        JsonObject all = portal.get("/api/v1/me/notification-preferences", student).json();
        assertEquals("IMMEDIATE", mode(all, "story-response"));

        Response badMode = portal.put("/api/v1/me/notification-preferences", "{\"followed-reply\":\"SOMETIMES\"}", student);
        assertEquals(400, badMode.status());
        assertTrue(badMode.json().getString("message").contains("IMMEDIATE, DAILY, WEEKLY or OFF"), badMode.body());
        Response badKind = portal.put("/api/v1/me/notification-preferences", "{\"Not A Kind\":\"OFF\"}", student);
        assertEquals(400, badKind.status());
        Response array = portal.put("/api/v1/me/notification-preferences", "[]", student);
        assertEquals(400, array.status(), array.toString());
        assertTrue(array.json().getString("message").contains("JSON object"));

        JsonObject daily = portal.put("/api/v1/me/notification-preferences", "{\"followed-reply\":\"daily\"}", student).json();
        assertEquals("DAILY", mode(daily, "followed-reply"));
        assertEquals(400, portal.get("/api/v1/notifications?page=0", student).status());
    }

    /**
     * Mails to {@code recipient} whose subject names {@code title}, in the outbox: a notification's mail is written
     * there in the transaction of the post that causes it, so what is not there after the post returns never comes.
     */
    private long outboxTo(String recipient, String title) {
        String admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        return portal.get("/api/v1/admin/mail?limit=100", admin).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("recipient").equals(recipient) && m.getString("subject").contains(title))
                .count();
    }

    private List<String> mailsAbout(String title) {
        return mailbox.mailsTo("student@example.org").stream().map(Mailbox::text).filter(t -> t.contains(title)).toList();
    }

    private long startThread(String title) {
        long category = portal.get("/api/v1/categories").jsonArray().stream().map(JsonObject.class::cast)
                .filter(c -> !c.getBoolean("membersOnly")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Response started = portal.post("/api/v1/threads", Json.createObjectBuilder().add("categoryId", category)
                .add("title", title).add("body", "What works for you?").build().toString(), practitioner);
        assertEquals(201, started.status(), started.toString());
        return started.json().getJsonNumber("id").longValue();
    }

    private long reply(long thread, String body) {
        Response replied = portal.post("/api/v1/threads/" + thread + "/replies",
                Json.createObjectBuilder().add("body", body).build().toString(), practitioner);
        assertEquals(201, replied.status(), replied.toString());
        return replied.json().getJsonNumber("id").longValue();
    }

    private static String mode(JsonObject preferences, String kind) {
        return preferences.getJsonArray("preferences").stream().map(JsonObject.class::cast)
                .filter(p -> p.getString("kind").equals(kind)).findFirst().orElseThrow().getString("mode");
    }

    private static BodyPart part(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            if (multipart.getBodyPart(i).isMimeType(type)) {
                return multipart.getBodyPart(i);
            }
        }
        throw new AssertionError("No " + type + " part");
    }
}
