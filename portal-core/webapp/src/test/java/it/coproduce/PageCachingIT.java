package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anonymous readers of the discussion pages are served from a cache of whole pages: what they see changes the
 * moment the thread does, views are still counted, and nobody else ever gets a kept page. Members share the
 * rendered list of replies, yet each sees the links that are theirs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCachingIT {

    private final Portal portal = new Portal();
    private String practitioner;
    private String moderator;
    private long thread;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void startThread() {
        practitioner = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        moderator = portal.token("moderator@example.org", Portal.DEMO_PASSWORD);
        long category = portal.get("/api/v1/categories").jsonArray().stream().map(JsonObject.class::cast)
                .filter(c -> !c.getBoolean("membersOnly")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Response started = portal.post("/api/v1/threads", Json.createObjectBuilder().add("categoryId", category)
                .add("title", "Kept pages " + UUID.randomUUID()).add("body", "First words.").build().toString(),
                practitioner);
        assertEquals(201, started.status(), started.toString());
        thread = started.json().getJsonNumber("id").longValue();
    }

    @Test
    void aReplyAndALockShowAtOnceToAnonymousReaders() {
        String path = "/discussions/thread?id=" + thread;
        Response first = anonymous(path, "reader");
        String before = first.body();
        assertTrue(first.header("Age").isEmpty(), "rendered for this request");
        Response again = anonymous(path, "reader");
        assertTrue(again.header("Age").isPresent(), "served from the cache");
        assertEquals(before, again.body(), "the same page twice");
        assertFalse(before.contains("A reply the cache must not hide"));

        assertEquals(201, portal.post("/api/v1/threads/" + thread + "/replies",
                "{\"body\":\"A reply the cache must not hide\"}", practitioner).status());
        Response afterReply = anonymous(path, "reader");
        assertTrue(afterReply.body().contains("A reply the cache must not hide"));
        assertTrue(afterReply.header("Age").isEmpty(), "rendered anew after the change");

        assertEquals(200, portal.put("/api/v1/threads/" + thread + "/lock",
                "{\"locked\":true,\"notice\":\"Paused for a week.\"}", moderator).status());
        String locked = anonymous(path, "reader").body();
        assertTrue(locked.contains("This thread is locked"), locked);
    }

    @Test
    void keptPagesCarryTheSecurityHeadersAndNeverReachSignedInReaders() {
        String path = "/discussions/thread?id=" + thread;
        anonymous(path, "reader");
        Response kept = anonymous(path, "reader");
        assertEquals(200, kept.status());
        assertTrue(kept.header("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        assertEquals("no-store", kept.header("Cache-Control").orElse(""));
        assertTrue(kept.header("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(kept.header("Set-Cookie").isEmpty(), "readers get no session");
        assertFalse(kept.body().contains("Signed in as"));

        Response member = portal.send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET(), practitioner);
        assertEquals(200, member.status());
        assertTrue(member.body().contains("Signed in as"), "a member gets their own page, not the kept one");
        assertTrue(member.header("Age").isEmpty());
    }

    @Test
    void everyAnonymousReaderServedFromTheCacheCountsAsAView() {
        String path = "/discussions/thread?id=" + thread;
        viewCount();
        long before = viewCount();
        for (int reader = 0; reader < 5; reader++) {
            assertEquals(200, anonymous(path, "reader-" + reader).status());
            assertEquals(200, anonymous(path, "reader-" + reader).status());
        }
        assertEquals(before + 5, viewCount(), "five readers, each counted once");
    }

    @Test
    void membersShareTheListOfRepliesButEachSeesTheirOwnEditLinks() {
        String student = portal.token("student@example.org", Portal.DEMO_PASSWORD);
        assertEquals(201, portal.post("/api/v1/threads/" + thread + "/replies", "{\"body\":\"Mine to edit\"}",
                practitioner).status());
        String path = "/discussions/thread?id=" + thread;

        for (int round = 0; round < 2; round++) {
            String author = page(path, practitioner);
            assertTrue(author.contains("Edit your reply"), author);
            assertTrue(author.contains("Quote this reply"));
            String other = page(path, student);
            assertTrue(other.contains("Mine to edit") && other.contains("Quote this reply"), other);
            assertFalse(other.contains("Edit your reply"), "not the student's reply");
            String visitor = anonymous(path, "reader").body();
            assertFalse(visitor.contains("Edit your reply") || visitor.contains("Quote this reply"), visitor);
        }

        assertEquals(200, portal.put("/api/v1/threads/" + thread + "/lock", "{\"locked\":true}", moderator).status());
        String locked = page(path, practitioner);
        assertFalse(locked.contains("Edit your reply") || locked.contains("Quote this reply"), "a locked thread");
    }

    @Test
    void missingAndUnknownThreadsAreNotKept() {
        assertEquals(404, anonymous("/discussions/thread?id=999999999", "reader").status());
        Response again = anonymous("/discussions/thread?id=999999999", "reader");
        assertEquals(404, again.status());
        assertTrue(again.header("Age").isEmpty());
    }

    /** The moderator reads through the API: counted once today, at the first read, so later reads add nothing. */
    private long viewCount() {
        return portal.get("/api/v1/threads/" + thread, moderator).json().getJsonNumber("viewCount").longValue();
    }

    private String page(String path, String token) {
        Response response = portal.send(HttpRequest.newBuilder(URI.create(portal.url(path))).GET(), token);
        assertEquals(200, response.status(), response.toString());
        return response.body();
    }

    private Response anonymous(String path, String agent) {
        return portal.send(HttpRequest.newBuilder(URI.create(portal.url(path))).header("User-Agent", agent).GET(), null);
    }
}
