package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Mailbox;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moderation, trust and safeguarding through the API: a new member's first post waits and a trusted member's does
 * not; reports reach the queue and moderators reject or hide with a reason the author receives by mail; safeguarding
 * concerns skip the queue and are mailed to the safeguarding lead; rate limits answer 429 with Retry-After;
 * suspended members read but do not post; every action is in the audit log; members get 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModerationIT {

    private static Mailbox mailbox;
    private final Portal portal = new Portal();
    private String admin;
    private String moderator;
    private String practitioner;
    private String student;

    /** A fresh member with a confirmed address. */
    record Member(long id, String email, String token) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void startMailbox() {
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    @BeforeEach
    void signIn() {
        admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        moderator = portal.token("moderator@example.org", Portal.DEMO_PASSWORD);
        practitioner = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        student = portal.token("student@example.org", Portal.DEMO_PASSWORD);
    }

    private Member newMember(String name) {
        String email = Portal.newEmail(name.toLowerCase().replace(' ', '-'));
        Response registered = portal.register(name, email, Portal.GOOD_PASSWORD, "carer");
        assertEquals(201, registered.status(), registered.toString());
        String link = Mailbox.link(mailbox.awaitMail(email, 1, Duration.ofSeconds(30)), "/verify?token=");
        assertEquals(200, portal.post("/api/v1/accounts/verification", Portal.object("token", Mailbox.token(link)).toString())
                .status());
        return new Member(registered.json().getJsonNumber("id").longValue(), email, portal.token(email, Portal.GOOD_PASSWORD));
    }

    private long category() {
        String body = Json.createObjectBuilder().add("name", "Moderation test " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "Made by ModerationIT.").add("membersOnly", false).build().toString();
        Response created = portal.post("/api/v1/categories", body, admin);
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String thread(long category, String title, String body) {
        return Json.createObjectBuilder().add("categoryId", category).add("title", title).add("body", body).build().toString();
    }

    private Response startThread(long category, String title, String body, String token) {
        return portal.post("/api/v1/threads", thread(category, title, body), token);
    }

    private static long id(Response response) {
        return response.json().getJsonNumber("id").longValue();
    }

    private Response report(String type, long id, String reason, String text, String token) {
        var body = Json.createObjectBuilder().add("contentType", type).add("contentId", id).add("reason", reason);
        if (text != null) {
            body.add("text", text);
        }
        return portal.post("/api/v1/reports", body.build().toString(), token);
    }

    private static String reason(String words) {
        return Json.createObjectBuilder().add("reason", words).build().toString();
    }

    private JsonArray audit(String query) {
        Response found = portal.get("/api/v1/admin/audit?" + query, admin);
        assertEquals(200, found.status(), found.toString());
        return found.json().getJsonArray("items");
    }

    private static boolean hasEntry(JsonArray items, String action, String subjectId, String... detailParts) {
        for (JsonValue value : items) {
            JsonObject e = value.asJsonObject();
            if (e.getString("action").equals(action) && e.getString("subjectId").equals(subjectId)) {
                String detail = e.getString("detail");
                return List.of(detailParts).stream().allMatch(detail::contains);
            }
        }
        return false;
    }

    private static List<Long> ids(JsonArray items, String field) {
        return items.stream().map(v -> v.asJsonObject().getJsonNumber(field).longValue()).toList();
    }

    private static String mailText(MimeMessage mail) {
        try {
            return mail.getSubject() + "\n" + Mailbox.text(mail);
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aNewMembersFirstPostWaitsAndAModeratorRejectsItWithAReasonTheAuthorReceives() {
        long category = category();
        Member newcomer = newMember("Nia Newcomer");
        String title = "My first question " + UUID.randomUUID();
        Response started = startThread(category, title, "How do I join the planning group?", newcomer.token());
        assertEquals(201, started.status(), started.toString());
        long thread = id(started);
        assertEquals("awaiting", started.json().getString("state"), "a new member's first post waits");

        assertEquals(404, portal.get("/api/v1/threads/" + thread).status(), "visitors do not see it");
        assertEquals(404, portal.get("/api/v1/threads/" + thread, student).status(), "nor do other members");
        assertEquals("awaiting", portal.get("/api/v1/threads/" + thread, newcomer.token()).json().getString("state"));
        assertTrue(portal.get("/discussions/thread?id=" + thread, newcomer.token()).body().contains("Waiting for a moderator"));
        assertFalse(ids(portal.get("/api/v1/threads?category=" + category).json().getJsonArray("items"), "id").contains(thread));
        assertEquals(0, portal.get("/api/v1/categories/" + category).json().getJsonNumber("threadCount").longValue(),
                "not counted");
        assertEquals(404, report("thread", thread, "spam", null, student).status(), "others cannot report what they cannot see");

        JsonObject queue = portal.get("/api/v1/moderation/queue", moderator).json();
        assertTrue(ids(queue.getJsonArray("waiting"), "id").contains(thread), queue.toString());

        Response noReason = portal.post("/api/v1/moderation/threads/" + thread + "/reject", "{}", moderator);
        assertEquals(400, noReason.status(), "a rejection needs a reason");
        Response rejected = portal.post("/api/v1/moderation/threads/" + thread + "/reject",
                reason("Please ask this in the Joining in category, where the planning group answers."), moderator);
        assertEquals(200, rejected.status(), rejected.toString());
        assertEquals("hidden", rejected.json().getString("state"));

        String mail = mailText(mailbox.awaitMail(newcomer.email(), 2, Duration.ofSeconds(30)));
        assertTrue(mail.contains("Not published") && mail.contains("where the planning group answers"), mail);
        JsonObject mine = portal.get("/api/v1/threads/" + thread, newcomer.token()).json();
        assertEquals("hidden", mine.getString("state"));
        assertTrue(mine.getString("moderationReason").contains("Joining in"));
        assertEquals(404, portal.get("/api/v1/threads/" + thread).status());
        assertEquals(410, report("thread", thread, "spam", null, newcomer.token()).status(), "already removed");
        assertEquals(409, portal.post("/api/v1/moderation/threads/" + thread + "/approve", "{}", moderator).status(),
                "a rejected post cannot be approved");

        assertTrue(hasEntry(audit("action=thread.reject&contentType=thread"), "thread.reject", String.valueOf(thread),
                "Joining in", "before: awaiting", "after: hidden"));
    }

    @Test
    void aReportReachesTheQueueAndTheModeratorHidesThePostWithAReasonTheAuthorReceives() {
        long category = category();
        Member author = newMember("Ash Author");
        long thread = id(startThread(category, "Travel costs " + UUID.randomUUID(), "Who pays for the bus?", author.token()));
        assertEquals(200, portal.post("/api/v1/moderation/threads/" + thread + "/approve", "{}", moderator).status());
        assertEquals(200, portal.get("/api/v1/threads/" + thread).status(), "published once approved");
        mailbox.awaitMail(author.email(), 2, Duration.ofSeconds(30));

        Response replied = portal.post("/api/v1/threads/" + thread + "/replies",
                "{\"body\":\"Anyone who disagrees with me is an idiot.\"}", author.token());
        assertEquals(201, replied.status(), "after an approved post the member is no longer new: " + replied);
        long reply = id(replied);
        assertEquals(200, portal.get("/api/v1/replies/" + reply).status());

        assertEquals(400, report("reply", reply, "other", null, student).status(), "other needs words");
        assertEquals(400, report("gallery", reply, "spam", null, student).status());
        assertEquals(404, report("reply", 987654321L, "abuse", null, student).status());
        assertEquals(201, report("reply", reply, "abuse", "Name-calling.", student).status());
        assertEquals(409, report("reply", reply, "abuse", null, student).status(), "once is enough");

        JsonArray reports = portal.get("/api/v1/moderation/queue", moderator).json().getJsonArray("reports");
        JsonObject mine = reports.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("contentId").longValue() == reply && r.getString("contentType").equals("reply"))
                .findFirst().orElseThrow(() -> new AssertionError("The report is not in the queue: " + reports));
        assertEquals("abuse", mine.getString("reason"));
        assertEquals("Name-calling.", mine.getString("text"));

        Response hidden = portal.post("/api/v1/moderation/replies/" + reply + "/hide",
                reason("We do not call people names here. Please say what you disagree with."), moderator);
        assertEquals(200, hidden.status(), hidden.toString());
        assertEquals(404, portal.get("/api/v1/replies/" + reply).status(), "gone for visitors");
        assertEquals(404, portal.get("/api/v1/replies/" + reply, student).status(), "and other members");
        assertEquals(0, portal.get("/api/v1/threads/" + thread).json().getInt("replyCount"));
        assertEquals(410, report("reply", reply, "spam", null, practitioner).status(), "already removed");
        assertFalse(portal.get("/api/v1/moderation/queue", moderator).json().getJsonArray("reports").stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("contentId").longValue() == reply), "the report is resolved");

        String mail = mailText(mailbox.awaitMail(author.email(), 3, Duration.ofSeconds(30)));
        assertTrue(mail.contains("Hidden by a moderator") && mail.contains("say what you disagree with"), mail);

        assertEquals(200, portal.post("/api/v1/moderation/replies/" + reply + "/restore", "{}", moderator).status());
        assertEquals(200, portal.get("/api/v1/replies/" + reply).status());
        JsonArray log = audit("contentType=reply");
        assertTrue(hasEntry(log, "reply.hide", String.valueOf(reply), "say what you disagree with", "before: published",
                "after: hidden"), log.toString());
        assertTrue(hasEntry(log, "reply.restore", String.valueOf(reply), "before: hidden", "after: published"));
        assertTrue(hasEntry(audit("action=thread.approve"), "thread.approve", String.valueOf(thread), "after: published"));
        assertTrue(hasEntry(audit("action=report.resolve&actor=moderator"), "report.resolve", String.valueOf(mine.getJsonNumber("id")),
                "Removed:"));
    }

    @Test
    void aSafeguardingConcernIsMailedToTheLeadAndSkipsTheOrdinaryQueue() {
        long category = category();
        String title = "Weekend respite " + UUID.randomUUID();
        long thread = id(startThread(category, title, "Staying with my uncle again this weekend.", practitioner));
        int before = mailbox.mailsTo("moderator@example.org").size();

        Response reported = report("thread", thread, "safeguarding", "This reads as if a child may be left alone.", student);
        assertEquals(201, reported.status(), reported.toString());
        long reportId = id(reported);

        String mail = mailText(mailbox.awaitMail("moderator@example.org", before + 1, Duration.ofSeconds(30)));
        assertTrue(mail.contains("Safeguarding concern") && mail.contains(title) && mail.contains("child may be left alone")
                && mail.contains("/moderation/urgent"), mail);

        assertFalse(ids(portal.get("/api/v1/moderation/queue", moderator).json().getJsonArray("reports"), "id").contains(reportId),
                "not in the ordinary queue");
        JsonArray urgent = portal.get("/api/v1/moderation/urgent", moderator).jsonArray();
        JsonObject concern = urgent.stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == reportId).findFirst().orElseThrow();
        assertTrue(concern.getJsonNumber("waitingMinutes").longValue() >= 0);
        assertEquals(title, concern.getString("contentTitle"));
        assertEquals(403, portal.get("/api/v1/moderation/urgent", practitioner).status(), "never shown to the author");
        assertTrue(portal.get("/moderation/urgent", moderator).body().contains(title));

        Response resolved = portal.post("/api/v1/moderation/reports/" + reportId + "/resolve",
                "{\"note\":\"Rang the author: the uncle is an adult carer. No risk.\"}", moderator);
        assertEquals(200, resolved.status(), resolved.toString());
        assertEquals(409, portal.post("/api/v1/moderation/reports/" + reportId + "/resolve", "{\"note\":\"Again.\"}",
                moderator).status());
        assertTrue(hasEntry(audit("action=report.resolve"), "report.resolve", String.valueOf(reportId), "adult carer",
                "before: open safeguarding report", "after: resolved"));
    }

    @Test
    void aTrustedMembersFirstPostIsPublishedAtOnce() {
        long category = category();
        Member trusted = newMember("Tomos Trusted");
        Response set = portal.put("/api/v1/moderation/members/" + trusted.id() + "/trust",
                "{\"level\":\"trusted\",\"reason\":\"Known to us from the carers' forum.\"}", moderator);
        assertEquals(200, set.status(), set.toString());
        assertEquals("trusted", set.json().getString("trustLevel"));
        assertTrue(set.json().getBoolean("setByHand"));

        Response started = startThread(category, "Welcome pack " + UUID.randomUUID(), "We wrote one together.", trusted.token());
        assertEquals(201, started.status());
        assertEquals("published", started.json().getString("state"));
        assertEquals(200, portal.get("/api/v1/threads/" + id(started)).status());
        assertEquals(400, portal.put("/api/v1/moderation/members/" + trusted.id() + "/trust", "{\"level\":\"gold\"}",
                moderator).status());
        assertTrue(hasEntry(audit("action=member.trust"), "member.trust", String.valueOf(trusted.id()),
                "carers' forum", "before: new (earned)", "after: trusted (set by hand)"));
    }

    @Test
    void rateLimitsLinksAndRepeatsAreRefusedWithReadableMessages() {
        long category = category();
        Member linker = newMember("Lee Links");
        Response links = startThread(category, "Offers", "See https://a.example and https://b.example today", linker.token());
        assertEquals(400, links.status(), links.toString());
        assertTrue(links.body().contains("one link"), links.body());

        Member eager = newMember("Eli Eager");
        assertEquals(201, startThread(category, "One", "My first thought about reviews.", eager.token()).status());
        Response repeat = startThread(category, "One again", "My first thought about reviews.", eager.token());
        assertEquals(409, repeat.status(), "the same text again: " + repeat);
        assertEquals(201, startThread(category, "Two", "A second, different thought.", eager.token()).status());
        Response limited = startThread(category, "Three", "And a third one.", eager.token());
        assertEquals(429, limited.status(), limited.toString());
        long retry = Long.parseLong(limited.header("Retry-After").orElseThrow());
        assertTrue(retry > 0 && retry <= 61, "Retry-After " + retry);
        assertTrue(limited.json().getString("message").contains("Please try again in"), limited.body());
    }

    @Test
    void aSuspendedMemberCanReadButNotPost() {
        long category = category();
        Member member = newMember("Sam Suspended");
        portal.put("/api/v1/moderation/members/" + member.id() + "/trust", "{\"level\":\"member\"}", moderator);
        String until = Instant.now().plus(Duration.ofDays(3)).toString();
        Response suspended = portal.put("/api/v1/moderation/members/" + member.id() + "/suspension",
                Json.createObjectBuilder().add("until", until).add("reason", "Repeated personal remarks after a warning.")
                        .build().toString(), moderator);
        assertEquals(200, suspended.status(), suspended.toString());
        assertEquals(400, portal.put("/api/v1/moderation/members/" + member.id() + "/suspension",
                "{\"until\":\"2001-01-01T00:00:00Z\",\"reason\":\"Past.\"}", moderator).status());

        Response refused = startThread(category, "Hello", "Can I post?", member.token());
        assertEquals(403, refused.status(), refused.toString());
        assertTrue(refused.json().getString("message").contains("Repeated personal remarks after a warning."), refused.body());
        assertEquals(200, portal.get("/api/v1/threads?category=" + category, member.token()).status(), "reading works");
        assertTrue(portal.get("/profile", member.token()).body().contains("Repeated personal remarks"), "the member sees why");

        assertEquals(200, portal.delete("/api/v1/moderation/members/" + member.id() + "/suspension?reason=Apologised",
                moderator).status());
        assertEquals(201, startThread(category, "Hello", "Can I post now?", member.token()).status());
        JsonArray log = audit("contentType=member&actor=Moderator");
        assertTrue(hasEntry(log, "member.suspend", String.valueOf(member.id()), "Repeated personal remarks", "before: not suspended"));
        assertTrue(hasEntry(log, "member.unsuspend", String.valueOf(member.id()), "Apologised", "after: not suspended"));
    }

    @Test
    void moderatorsMoveAndMergeThreadsAndLockThemWithTheActionsAudited() {
        long first = category();
        long second = category();
        long kept = id(startThread(first, "Meeting rooms " + UUID.randomUUID(), "Which rooms have a hearing loop?", practitioner));
        long duplicate = id(startThread(first, "Hearing loops", "Does the library room have a loop?", student));
        long reply = id(portal.post("/api/v1/threads/" + duplicate + "/replies", "{\"body\":\"Yes, since May.\"}",
                practitioner));

        Response moved = portal.post("/api/v1/moderation/threads/" + kept + "/move",
                Json.createObjectBuilder().add("categoryId", second).add("reason", "Belongs with venues.").build().toString(),
                moderator);
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(second, portal.get("/api/v1/threads/" + kept).json().getJsonNumber("categoryId").longValue());

        Response merged = portal.post("/api/v1/moderation/threads/" + duplicate + "/merge",
                Json.createObjectBuilder().add("targetId", kept).add("reason", "Same question.").build().toString(), moderator);
        assertEquals(200, merged.status(), merged.toString());
        assertEquals(404, portal.get("/api/v1/threads/" + duplicate).status(), "the merged thread is gone");
        JsonObject target = portal.get("/api/v1/threads/" + kept).json();
        assertEquals(2, target.getInt("replyCount"), "the opening post and its reply moved: " + target);
        assertEquals(kept, portal.get("/api/v1/replies/" + reply).json().getJsonNumber("threadId").longValue());
        assertEquals(400, portal.post("/api/v1/moderation/threads/" + kept + "/merge", "{\"targetId\":" + kept + "}",
                moderator).status());

        assertEquals(200, portal.put("/api/v1/threads/" + kept + "/lock", "{\"locked\":true,\"notice\":\"Answered.\"}",
                moderator).status());
        JsonArray log = audit("contentType=thread&action=thread.");
        assertTrue(hasEntry(log, "thread.move", String.valueOf(kept), "Belongs with venues.", "after: category"), log.toString());
        assertTrue(hasEntry(log, "thread.merge", String.valueOf(duplicate), "Same question.", "merged into thread " + kept));
        assertTrue(hasEntry(log, "thread.lock", String.valueOf(kept), "Answered.", "before: open"));
    }

    @Test
    void membersGet403OnEveryModerationPageAndEndpoint() {
        for (String path : List.of("/api/v1/moderation/queue", "/api/v1/moderation/urgent", "/api/v1/moderation/members/1",
                "/api/v1/admin/audit", "/moderation/", "/moderation/urgent", "/moderation/member?id=1", "/admin/audit")) {
            assertEquals(403, portal.get(path, student).status(), path);
        }
        assertEquals(403, portal.post("/api/v1/moderation/threads/1/hide", reason("No."), student).status());
        assertEquals(403, portal.post("/api/v1/moderation/reports/1/resolve", "{\"note\":\"No.\"}", student).status());
        assertEquals(403, portal.put("/api/v1/moderation/members/1/trust", "{\"level\":\"trusted\"}", student).status());
        assertEquals(403, portal.get("/api/v1/admin/audit", moderator).status(), "the audit log is for administrators");
        assertEquals(401, portal.get("/api/v1/moderation/queue").status());
        assertEquals(200, portal.get("/moderation/", moderator).status());
        assertEquals(200, portal.get("/admin/audit?action=thread.", admin).status());
        assertEquals(405, portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url("/api/v1/admin/audit")))
                .method("DELETE", java.net.http.HttpRequest.BodyPublishers.noBody()), admin).status(), "never editable");
    }
}
