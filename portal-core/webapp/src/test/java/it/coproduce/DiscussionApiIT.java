package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The discussions API through the deployed portal: the contract, who may do what, and bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscussionApiIT {

    private final Portal portal = new Portal();
    private String admin;
    private String moderator;
    private String practitioner;
    private String student;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void signIn() {
        admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        moderator = portal.token("moderator@example.org", Portal.DEMO_PASSWORD);
        practitioner = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        student = portal.token("student@example.org", Portal.DEMO_PASSWORD);
    }

    private long category(boolean membersOnly) {
        String body = Json.createObjectBuilder().add("name", "API test " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "Made by DiscussionApiIT.").add("membersOnly", membersOnly).build().toString();
        Response created = portal.post("/api/v1/categories", body, admin);
        assertEquals(201, created.status(), created.toString());
        assertEquals(membersOnly, created.json().getBoolean("membersOnly"));
        return created.json().getJsonNumber("id").longValue();
    }

    private static String thread(long category, String title, String body, String... tags) {
        var tagArray = Json.createArrayBuilder();
        for (String tag : tags) {
            tagArray.add(tag);
        }
        return Json.createObjectBuilder().add("categoryId", category).add("title", title).add("body", body)
                .add("tags", tagArray).build().toString();
    }

    private long startThread(long category, String token) {
        Response started = portal.post("/api/v1/threads", thread(category, "A thread", "Its **body**."), token);
        assertEquals(201, started.status(), started.toString());
        return started.json().getJsonNumber("id").longValue();
    }

    private static String reply(String body, Long quoted) {
        var builder = Json.createObjectBuilder().add("body", body);
        if (quoted != null) {
            builder.add("quotedReplyId", quoted);
        }
        return builder.build().toString();
    }

    private static void assertProblem(Response response, int status, String messagePart) {
        assertEquals(status, response.status(), response.toString());
        JsonObject error = response.json();
        assertTrue(error.getString("message").contains(messagePart), response.toString());
        assertTrue(error.getString("message").endsWith(".") || error.getString("message").endsWith(".)"),
                "a full sentence: " + response);
        assertTrue(error.containsKey("error"));
    }

    private static List<String> fields(Response response) {
        return response.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).toList();
    }

    @Test
    void aPractitionerStartsAThreadAndAStudentRepliesWithAQuote() {
        long category = category(false);
        Response started = portal.post("/api/v1/threads", thread(category, "Reviews that feel like conversations",
                "How do you *start* a review?", "Care-Reviews", "care-reviews", "listening"), practitioner);
        assertEquals(201, started.status(), started.toString());
        JsonObject thread = started.json();
        long id = thread.getJsonNumber("id").longValue();
        assertTrue(started.header("Location").orElseThrow().endsWith("/api/v1/threads/" + id));
        assertEquals("Reviews that feel like conversations", thread.getString("title"));
        assertEquals("How do you *start* a review?", thread.getString("body"), "stored as typed");
        assertEquals(List.of("care-reviews", "listening"), thread.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("Priya Practitioner", thread.getString("authorName"));
        assertEquals(category, thread.getJsonNumber("categoryId").longValue());
        assertEquals(0, thread.getInt("replyCount"));
        assertFalse(thread.getBoolean("locked"));

        Response first = portal.post("/api/v1/threads/" + id + "/replies", reply("Start with what went well.", null), student);
        assertEquals(201, first.status(), first.toString());
        long firstId = first.json().getJsonNumber("id").longValue();
        assertEquals("/discussions/thread?id=" + id + "&page=1#reply-" + firstId, first.json().getString("permalink"));
        Response second = portal.post("/api/v1/threads/" + id + "/replies", reply("I will try that.", firstId), practitioner);
        assertEquals(201, second.status(), second.toString());
        assertEquals(2, second.json().getInt("number"));

        JsonObject read = portal.get("/api/v1/threads/" + id + "?page=1&size=1").json();
        assertEquals(2, read.getInt("replyCount"));
        JsonObject page = read.getJsonObject("replies");
        assertEquals(1, page.getInt("page"));
        assertEquals(1, page.getInt("size"));
        assertEquals(2, page.getInt("total"));
        assertEquals(firstId, page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertFalse(page.getJsonArray("items").getJsonObject(0).containsKey("quote"), "no quote: the field is left out");

        JsonObject quoting = portal.get("/api/v1/threads/" + id + "?page=2&size=1").json()
                .getJsonObject("replies").getJsonArray("items").getJsonObject(0);
        assertEquals("Priya Practitioner", quoting.getString("authorName"));
        assertEquals(2, quoting.getInt("number"));
        JsonObject quote = quoting.getJsonObject("quote");
        assertEquals(firstId, quote.getJsonNumber("replyId").longValue());
        assertEquals("Stevie Student", quote.getString("authorName"));
        assertEquals("Start with what went well.", quote.getString("body"));

        JsonObject listed = portal.get("/api/v1/threads?category=" + category).json();
        assertEquals(1, listed.getInt("total"));
        JsonObject summary = listed.getJsonArray("items").getJsonObject(0);
        assertEquals(2, summary.getInt("replyCount"));
        assertEquals(read.getString("lastActivityAt"), summary.getString("lastActivityAt"));

        JsonObject listedCategory = portal.get("/api/v1/categories").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == category).findFirst().orElseThrow();
        assertEquals(1, listedCategory.getInt("threadCount"));

        Response place = portal.get("/api/v1/replies/" + firstId);
        assertEquals(200, place.status(), place.toString());
        assertEquals(id, place.json().getJsonNumber("threadId").longValue());
    }

    @Test
    void visitorsReadPublicCategoriesButNotMembersOnlyOnesAndCannotPost() {
        long open = category(false);
        long closed = category(true);
        long publicThread = startThread(open, practitioner);
        long privateThread = startThread(closed, practitioner);

        assertEquals(200, portal.get("/api/v1/threads/" + publicThread).status());
        assertEquals(200, portal.get("/api/v1/threads?category=" + open).status());
        assertProblem(portal.get("/api/v1/categories/" + closed), 404, "no such discussion category");
        assertProblem(portal.get("/api/v1/threads?category=" + closed), 404, "no such discussion category");
        assertProblem(portal.get("/api/v1/threads/" + privateThread), 404, "no such discussion thread");
        assertFalse(portal.get("/api/v1/categories").body().contains("\"id\":" + closed + ","));
        assertEquals(200, portal.get("/api/v1/threads/" + privateThread, student).status(), "members read it");
        assertTrue(portal.get("/api/v1/categories", student).jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == closed));

        assertProblem(portal.post("/api/v1/threads", thread(open, "Hello", "Body"), null), 401, "sign in");
        assertProblem(portal.post("/api/v1/threads/" + publicThread + "/replies", reply("Hi", null), null), 401, "sign in");
    }

    @Test
    void aCategoryListsTheThreadsWithATagOnItsPageAndThroughTheApi() {
        long category = category(false);
        portal.post("/api/v1/threads", thread(category, "About carers", "Body", "carers", "advocacy"), practitioner);
        portal.post("/api/v1/threads", thread(category, "About care", "Body", "care"), practitioner);

        JsonObject tagged = portal.get("/api/v1/threads?category=" + category + "&tag=Carers").json();
        assertEquals(1, tagged.getJsonNumber("total").longValue());
        assertEquals("About carers", tagged.getJsonArray("items").getJsonObject(0).getString("title"));
        assertEquals(2, portal.get("/api/v1/threads?category=" + category).json().getJsonNumber("total").longValue());
        assertProblem(portal.get("/api/v1/threads?category=" + category + "&tag=care%25"), 400, "single word");

        String page = portal.get("/discussions/category?id=" + category + "&tag=care").body();
        assertTrue(page.contains("Showing threads tagged") && page.contains("About care"), page);
        assertFalse(page.contains("About carers"), "only the whole tag");
        assertTrue(portal.get("/discussions/category?id=" + category).body()
                .contains("/discussions/category?id=" + category + "&amp;tag=advocacy"), "tags link to their listing");
    }

    @Test
    void anUnverifiedAccountCannotPost() {
        long open = category(false);
        long thread = startThread(open, practitioner);
        String email = Portal.newEmail("unverified");
        assertEquals(201, portal.register("Una Unverified", email, Portal.GOOD_PASSWORD, "carer").status());
        String token = portal.token(email, Portal.GOOD_PASSWORD);

        assertProblem(portal.post("/api/v1/threads", thread(open, "Hello", "Body"), token), 403, "confirm your email");
        assertProblem(portal.post("/api/v1/threads/" + thread + "/replies", reply("Hi", null), token), 403,
                "confirm your email");
        assertEquals(0, portal.get("/api/v1/threads/" + thread).json().getInt("replyCount"), "nothing saved");
    }

    @Test
    void badInputGetsAFourHundredWithAMessagePerField() {
        long open = category(false);
        long thread = startThread(open, practitioner);

        Response empty = portal.post("/api/v1/threads", thread(open, "  ", ""), practitioner);
        assertProblem(empty, 400, "Please");
        assertEquals(List.of("title", "body"), fields(empty));
        Response oversized = portal.post("/api/v1/threads", thread(open, "t".repeat(151), "b".repeat(20_001)), practitioner);
        assertProblem(oversized, 400, "at most");
        assertEquals(List.of("title", "body"), fields(oversized));
        assertProblem(portal.post("/api/v1/threads", thread(open, "Tags", "Body", "two words"), practitioner), 400, "Tags");
        assertProblem(portal.post("/api/v1/threads/" + thread + "/replies", reply("", null), practitioner), 400,
                "Please write your message.");
        assertProblem(portal.post("/api/v1/threads/" + thread + "/replies", reply("b".repeat(20_001), null), practitioner),
                400, "at most 20000 characters");
        Response noCategory = portal.post("/api/v1/threads", "{\"title\":\"Hello\",\"body\":\"Body\"}", practitioner);
        assertProblem(noCategory, 400, "choose a category");

        assertProblem(portal.post("/api/v1/threads", "{\"categoryId\":\"abc\",\"title\":\"T\",\"body\":\"B\"}", practitioner),
                400, "type of each value");
        assertProblem(portal.post("/api/v1/threads", "{\"categoryId\":" + open + ",\"title\":\"T\",\"body\":\"B\",\"tags\":\"x\"}",
                practitioner), 400, "type of each value");
        assertProblem(portal.post("/api/v1/threads", "{not json", practitioner), 400, "not valid JSON");
        assertProblem(portal.get("/api/v1/threads/abc"), 400, "whole number");
        assertProblem(portal.get("/api/v1/threads/" + thread + "?page=two"), 400, "whole number");
        assertProblem(portal.get("/api/v1/threads/" + thread + "?size=1000"), 400, "1 to 100");
        assertProblem(portal.get("/api/v1/threads/" + thread + "?page=0"), 400, "start at 1");
        assertProblem(portal.get("/api/v1/threads"), 400, "category");

        assertProblem(portal.get("/api/v1/threads/987654321"), 404, "no such discussion thread");
        assertProblem(portal.get("/api/v1/categories/987654321"), 404, "no such discussion category");
        assertProblem(portal.get("/api/v1/threads?category=987654321"), 404, "no such discussion category");
        assertProblem(portal.post("/api/v1/threads", thread(987654321L, "T", "B"), practitioner), 404, "category");
        assertProblem(portal.post("/api/v1/threads/987654321/replies", reply("Hi", null), practitioner), 404, "thread");
        assertProblem(portal.put("/api/v1/replies/987654321", reply("Hi", null), practitioner), 404, "no such reply");
        assertProblem(portal.get("/api/v1/replies/987654321"), 404, "no such reply");

        long other = startThread(open, practitioner);
        long elsewhere = portal.post("/api/v1/threads/" + other + "/replies", reply("Elsewhere", null), student).json()
                .getJsonNumber("id").longValue();
        Response foreignQuote = portal.post("/api/v1/threads/" + thread + "/replies", reply("Quoting", elsewhere), student);
        assertProblem(foreignQuote, 400, "not in this thread");
        assertEquals(List.of("quotedReplyId"), fields(foreignQuote));
        assertEquals(0, portal.get("/api/v1/threads/" + thread).json().getInt("replyCount"), "nothing half-saved");

        assertProblem(portal.post("/api/v1/categories", "{\"name\":\"\",\"description\":\"\"}", admin), 400, "Please");
        assertProblem(portal.post("/api/v1/categories", "{\"name\":\"X\",\"description\":\"Y\"}", practitioner), 403,
                "administrators");
    }

    @Test
    void moderatorsPinAndLockAndALockedThreadRefusesReplies() {
        long open = category(false);
        long thread = startThread(open, practitioner);

        assertProblem(portal.put("/api/v1/threads/" + thread + "/lock", "{\"locked\":true}", practitioner), 403, "moderators");
        assertProblem(portal.put("/api/v1/threads/" + thread + "/lock", "{\"locked\":true}", null), 401, "sign in");
        assertProblem(portal.put("/api/v1/threads/" + thread + "/pin", "{}", moderator), 400, "true or false");

        Response pinned = portal.put("/api/v1/threads/" + thread + "/pin", "{\"pinned\":true}", moderator);
        assertEquals(200, pinned.status(), pinned.toString());
        assertTrue(pinned.json().getBoolean("pinned"));
        startThread(open, student);
        assertEquals(thread, portal.get("/api/v1/threads?category=" + open).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue(), "pinned first");

        Response locked = portal.put("/api/v1/threads/" + thread + "/lock",
                "{\"locked\":true,\"notice\":\"This talk goes on in the events thread.\"}", moderator);
        assertEquals(200, locked.status(), locked.toString());
        JsonObject read = portal.get("/api/v1/threads/" + thread).json();
        assertTrue(read.getBoolean("locked"));
        assertEquals("This talk goes on in the events thread.", read.getString("lockNotice"));

        Response refused = portal.post("/api/v1/threads/" + thread + "/replies", reply("Can I still reply?", null), student);
        assertProblem(refused, 409, "locked");
        assertTrue(refused.json().getString("message").contains("events thread"), refused.toString());
        assertEquals("thread_locked", refused.json().getString("error"));

        assertEquals(200, portal.put("/api/v1/threads/" + thread + "/lock", "{\"locked\":false}", moderator).status());
        assertEquals(201, portal.post("/api/v1/threads/" + thread + "/replies", reply("Open again.", null), student).status());
    }

    @Test
    void authorsEditTheirPostsAndTheRevisionsShowADiff() {
        long open = category(false);
        long thread = startThread(open, practitioner);
        long replyId = portal.post("/api/v1/threads/" + thread + "/replies", reply("first line\nsecond", null), student)
                .json().getJsonNumber("id").longValue();

        String edit = Json.createObjectBuilder().add("title", "A better title").add("body", "Its **body**.\nA new line.")
                .add("tags", Json.createArrayBuilder().add("edited")).build().toString();
        assertProblem(portal.put("/api/v1/threads/" + thread, edit, student), 403, "Only the person who started");
        Response edited = portal.put("/api/v1/threads/" + thread, edit, practitioner);
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("A better title", edited.json().getString("title"));
        assertTrue(edited.json().containsKey("editedAt"));

        assertProblem(portal.put("/api/v1/replies/" + replyId, reply("Hijack", null), practitioner), 403, "Only the person who wrote");
        assertEquals(200, portal.put("/api/v1/replies/" + replyId, reply("first line\nsecond, edited", null), student).status());

        JsonArray mine = portal.get("/api/v1/threads/" + thread + "/revisions", practitioner).jsonArray();
        assertEquals(1, mine.size(), mine.toString());
        JsonObject revision = mine.getJsonObject(0);
        assertEquals("A thread", revision.getString("oldTitle"));
        assertEquals("A better title", revision.getString("newTitle"));
        assertEquals("Priya Practitioner", revision.getString("editorName"));
        assertEquals("unchanged:Its **body**.|added:A new line.", revision.getJsonArray("diff").getValuesAs(JsonObject.class)
                .stream().map(l -> l.getString("change") + ":" + l.getString("text")).collect(Collectors.joining("|")));

        JsonArray all = portal.get("/api/v1/threads/" + thread + "/revisions", moderator).jsonArray();
        assertEquals(2, all.size(), "moderators see every edit");
        assertEquals("unchanged:first line|removed:second|added:second, edited", all.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.containsKey("replyId")).findFirst().orElseThrow().getJsonArray("diff")
                .getValuesAs(JsonObject.class).stream().map(l -> l.getString("change") + ":" + l.getString("text"))
                .collect(Collectors.joining("|")));
        assertProblem(portal.get("/api/v1/threads/" + thread + "/revisions"), 401, "sign in");
    }

    @Test
    void followingAndViewCounting() {
        long open = category(false);
        long thread = startThread(open, practitioner);

        Response follow = portal.put("/api/v1/threads/" + thread + "/follow", "{\"following\":true}", student);
        assertEquals(200, follow.status(), follow.toString());
        assertTrue(follow.json().getBoolean("following"));
        assertTrue(portal.get("/api/v1/threads/" + thread, student).json().getBoolean("following"));
        assertFalse(portal.get("/api/v1/threads/" + thread, practitioner).json().getBoolean("following"));
        assertFalse(portal.put("/api/v1/threads/" + thread + "/follow", "{\"following\":false}", student).json().getBoolean("following"));
        assertFalse(portal.get("/api/v1/threads/" + thread, student).json().getBoolean("following"));
        assertTrue(portal.put("/api/v1/categories/" + open + "/follow", "{\"following\":true}", student).json().getBoolean("following"));
        assertTrue(portal.get("/api/v1/categories/" + open, student).json().getBoolean("following"));
        assertProblem(portal.put("/api/v1/threads/" + thread + "/follow", "{\"following\":true}", null), 401, "sign in");

        String fresh = Portal.newEmail("viewer");
        portal.register("Vi Viewer", fresh, Portal.GOOD_PASSWORD, "other");
        String viewer = portal.token(fresh, Portal.GOOD_PASSWORD);
        long before = portal.get("/api/v1/threads/" + thread, viewer).json().getJsonNumber("viewCount").longValue();
        for (int i = 0; i < 3; i++) {
            assertEquals(before, portal.get("/api/v1/threads/" + thread, viewer).json().getJsonNumber("viewCount").longValue(),
                    "the same viewer counts once a day");
        }
    }

    @Test
    void pagesAnswerNotFoundForUnknownAndInvisibleThreads() {
        long closed = category(true);
        long privateThread = startThread(closed, practitioner);
        long open = category(false);
        long publicThread = startThread(open, practitioner);

        assertEquals(200, portal.get("/discussions/thread?id=" + publicThread).status());
        assertEquals(200, portal.get("/discussions/category?id=" + open).status());
        assertEquals(404, portal.get("/discussions/thread?id=" + privateThread).status(), "members-only: not for visitors");
        assertEquals(404, portal.get("/discussions/category?id=" + closed).status());
        assertEquals(404, portal.get("/discussions/thread?id=987654321").status());
        assertEquals(404, portal.get("/discussions/thread?id=abc").status());
        assertEquals(404, portal.get("/discussions/thread?id=" + publicThread + "&page=7").status(), "no such page");
        assertEquals(404, portal.get("/discussions/category?id=" + open + "&page=3").status());
        Response page = portal.get("/discussions/thread?id=" + publicThread);
        assertTrue(page.body().contains("Join to reply"), "visitors are asked to join");
        assertTrue(page.body().contains("Its <strong>body</strong>."), "the Markdown body is rendered");
    }

    @Test
    void theOpenApiDocumentDescribesTheDiscussionsApi() {
        String openapi = portal.get("/openapi").body();
        for (String path : List.of("/api/v1/categories", "/api/v1/threads", "/api/v1/threads/{id}",
                "/api/v1/threads/{id}/replies", "/api/v1/threads/{id}/revisions", "/api/v1/threads/{id}/lock",
                "/api/v1/threads/{id}/pin", "/api/v1/threads/{id}/follow", "/api/v1/replies/{id}", "quotedReplyId",
                "lastActivityAt", "replyCount")) {
            assertTrue(openapi.contains(path), "OpenAPI documents " + path);
        }
    }
}
