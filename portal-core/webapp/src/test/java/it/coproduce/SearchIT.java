package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search over HTTP on the packaged portal: new posts are found within a second, members-only, waiting and withdrawn
 * content never reaches visitors (results, counts, facets, suggestions), typos, synonyms (also edited by an
 * administrator), the rebuild, odd input, the page and the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Portal portal = new Portal();
    private String admin;
    private String practitioner;
    private String moderator;
    private String serviceUser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void signIn() {
        admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        practitioner = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        moderator = portal.token("moderator@example.org", Portal.DEMO_PASSWORD);
        serviceUser = portal.token("serviceuser@example.org", Portal.DEMO_PASSWORD);
    }

    /** A made-up word of letters only, so that nothing else in the portal matches it. */
    private static String word() {
        // No letter twice in a row: swapping two neighbours must make a different word (a misspelling).
        StringBuilder w = new StringBuilder("q");
        while (w.length() < 11) {
            char next = (char) ('a' + RANDOM.nextInt(26));
            if (next != w.charAt(w.length() - 1)) {
                w.append(next);
            }
        }
        return w.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long category(boolean membersOnly) {
        String body = Json.createObjectBuilder().add("name", "Search test " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "Made by SearchIT.").add("membersOnly", membersOnly).build().toString();
        Response created = portal.post("/api/v1/categories", body, admin);
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private long thread(long category, String title, String body, String tag) {
        String json = Json.createObjectBuilder().add("categoryId", category).add("title", title).add("body", body)
                .add("tags", Json.createArrayBuilder().add(tag)).build().toString();
        Response started = portal.post("/api/v1/threads", json, practitioner);
        assertEquals(201, started.status(), started.toString());
        return started.json().getJsonNumber("id").longValue();
    }

    private JsonObject search(String query, String token) {
        Response r = token == null ? portal.get("/api/v1/search?" + query) : portal.get("/api/v1/search?" + query, token);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private static List<String> hitIds(JsonObject results) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("type") + ":" + h.getString("id")).toList();
    }

    /** Waits (up to {@code millis}) for the search to satisfy {@code until}; returns the last answer. */
    private JsonObject awaitSearch(String query, String token, long millis, Predicate<JsonObject> until) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        JsonObject last = search(query, token);
        while (!until.test(last) && System.nanoTime() < deadline) {
            sleep(50);
            last = search(query, token);
        }
        return last;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNewReplyIsFoundWithinASecond() {
        long room = category(false);
        long thread = thread(room, "Planning the winter gathering", "Who brings the urn?", "gatherings");
        String word = word();
        Response replied = portal.post("/api/v1/threads/" + thread + "/replies",
                Json.createObjectBuilder().add("body", "I will bring the " + word + " and the cups.").build().toString(),
                serviceUser);
        assertEquals(201, replied.status(), replied.toString());
        long started = System.nanoTime();
        String reply = "reply:" + replied.json().getJsonNumber("id").longValue();

        JsonObject found = awaitSearch("q=" + word, null, 1000, r -> hitIds(r).contains(reply));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(List.of(reply), hitIds(found), "found within a second (waited " + tookMillis + " ms)");
        JsonObject hit = found.getJsonArray("hits").getJsonObject(0);
        assertTrue(hit.getString("snippet").contains("<mark>" + word + "</mark>"), hit.toString());
        assertEquals("Reply in: Planning the winter gathering", hit.getString("title"));
        assertTrue(hit.getString("url").startsWith("/discussions/reply?id="), hit.toString());
        assertEquals(1, found.getInt("total"));
    }

    @Test
    void membersOnlyWaitingAndWithdrawnContentNeverReachesVisitors() {
        String word = word();
        String tag = "t" + word;
        long closed = category(true);
        long secret = thread(closed, "Closed " + word + " planning", "Only members discuss the " + word + " budget.", tag);
        String secretKey = "thread:" + secret;
        JsonObject member = awaitSearch("q=" + word, practitioner, 5000, r -> hitIds(r).contains(secretKey));
        assertEquals(List.of(secretKey), hitIds(member), "members find it");

        JsonObject visitor = search("q=" + word, null);
        assertEquals(0, visitor.getInt("total"));
        assertEquals(List.of(), hitIds(visitor));
        visitor.getJsonObject("facets").values().forEach(v -> assertEquals(0, v.asJsonArray().size(), visitor.toString()));
        assertEquals(JsonValue.ValueType.NULL, visitor.get("didYouMean").getValueType());
        assertEquals(0, search("tag=" + tag, null).getInt("total"), "not counted under its tag");
        assertTrue(search("", null).getJsonObject("facets").getJsonArray("tag").getValuesAs(JsonObject.class).stream()
                .noneMatch(f -> f.getString("value").equals(tag)), "its tag is in no facet");
        Response suggestions = portal.get("/api/v1/search/suggestions?q=closed+" + word.substring(0, 6));
        assertEquals(200, suggestions.status());
        assertEquals(0, suggestions.json().getJsonArray("suggestions").size(), suggestions.toString());
        assertEquals(1, portal.get("/api/v1/search/suggestions?q=closed+" + word.substring(0, 6), practitioner).json()
                .getJsonArray("suggestions").size());
        String misspelt = word.substring(0, 5) + word.charAt(6) + word.charAt(5) + word.substring(7);
        assertEquals(JsonValue.ValueType.NULL, search("q=" + misspelt, null).get("didYouMean").getValueType(),
                "no correction towards a word only members may read");

        // Stories: waiting ones never, published ones yes, withdrawn ones gone again.
        String storyWord = word();
        String waitingWord = word();
        long waiting = share("Waiting " + waitingWord, "Still waiting: " + waitingWord + ".");
        long story = share("Published " + storyWord, "A story about " + storyWord + ".");
        assertEquals(200, portal.post("/api/v1/stories/" + story + "/approval", "", moderator).status());
        String storyKey = "story:" + story;
        assertEquals(List.of(storyKey), hitIds(awaitSearch("q=" + storyWord, null, 5000, r -> hitIds(r).contains(storyKey))));
        assertEquals(0, search("q=" + waitingWord, moderator).getInt("total"), "a waiting story is never indexed");
        assertEquals(0, search("q=" + waitingWord, serviceUser).getInt("total"), "not even for its author");
        assertEquals(200, portal.post("/api/v1/stories/" + story + "/withdrawal", "", serviceUser).status());
        JsonObject gone = awaitSearch("q=" + storyWord, null, 5000, r -> r.getInt("total") == 0);
        assertEquals(0, gone.getInt("total"));
        assertEquals(0, search("q=" + storyWord, moderator).getInt("total"));
        assertTrue(waiting > 0);
    }

    private long share(String title, String body) {
        Response shared = portal.post("/api/v1/stories", Json.createObjectBuilder().add("title", title).add("body", body)
                .add("pseudonymous", true).build().toString(), serviceUser);
        assertEquals(201, shared.status(), shared.toString());
        return shared.json().getJsonNumber("id").longValue();
    }

    @Test
    void aTypoStillFindsAndOffersTheCorrection() {
        String word = word();
        long id = thread(category(false), "Advice on " + word, "Notes about " + word + " meetings.", "advice");
        awaitSearch("q=" + word, null, 5000, r -> r.getInt("total") == 1);
        String misspelt = word.substring(0, 5) + word.charAt(6) + word.charAt(5) + word.substring(7);
        JsonObject found = search("q=" + misspelt, null);
        assertTrue(hitIds(found).contains("thread:" + id), found.toString());
        assertEquals(word, found.getString("didYouMean"));
        assertTrue(found.getBoolean("fuzzy"));

        Response page = portal.get("/search?q=" + misspelt);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Did you mean"), page.body());
        assertTrue(page.body().contains("/search?q=" + word), "a link to the corrected search");
    }

    @Test
    void synonymsFindOtherWordsAndAdministratorsEditThem() {
        String tag = "t" + word();
        long id = thread(category(false), "Support after a hospital stay", "The caregiver asked for a plan.", tag);
        awaitSearch("tag=" + tag, null, 5000, r -> r.getInt("total") == 1);
        assertEquals(List.of("thread:" + id), hitIds(search("q=carers&tag=" + tag, null)), "carer means caregiver");

        String one = word();
        String other = word();
        long second = thread(category(false), "Words for " + one, "We call it " + one + ".", "words");
        awaitSearch("q=" + one, null, 5000, r -> r.getInt("total") == 1);
        assertEquals(0, search("q=" + other, null).getInt("total"));
        String saved = portal.get("/api/v1/admin/search/synonyms", admin).json().getString("rules");
        try {
            assertEquals(403, portal.put("/api/v1/admin/search/synonyms", "{\"rules\": \"a, b\"}", practitioner).status());
            Response bad = portal.put("/api/v1/admin/search/synonyms", Json.createObjectBuilder()
                    .add("rules", "carer, caregiver\nsw => social worker").build().toString(), admin);
            assertEquals(400, bad.status(), bad.toString());
            assertTrue(bad.json().getString("message").contains("Line 2"), bad.toString());
            Response put = portal.put("/api/v1/admin/search/synonyms", Json.createObjectBuilder()
                    .add("rules", saved + "\n" + one + ", " + other + "\n").build().toString(), admin);
            assertEquals(200, put.status(), put.toString());
            assertEquals(List.of("thread:" + second), hitIds(search("q=" + other, null)), "at once, by expanding the words");
            JsonObject state = portal.get("/api/v1/admin/search", admin).json();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!state.getBoolean("synonymsIndexed") && System.nanoTime() < deadline) {
                sleep(200);
                state = portal.get("/api/v1/admin/search", admin).json();
            }
            assertTrue(state.getBoolean("synonymsIndexed"), "the index is rebuilt with the new list: " + state);
            assertEquals(List.of("thread:" + second), hitIds(search("q=" + other, null)), "then through the group's term");
        } finally {
            assertEquals(200, portal.put("/api/v1/admin/search/synonyms",
                    Json.createObjectBuilder().add("rules", saved).build().toString(), admin).status());
        }
        assertEquals(0, search("q=" + other, null).getInt("total"));
    }

    @Test
    void administratorsRebuildTheIndexFromTheDatabaseAndWatchTheProgress() {
        String word = word();
        long id = thread(category(false), "Before the rebuild " + word, "Kept through a rebuild.", "rebuilds");
        awaitSearch("q=" + word, null, 5000, r -> r.getInt("total") == 1);

        assertEquals(401, portal.post("/api/v1/admin/search/rebuild", "").status());
        assertEquals(403, portal.post("/api/v1/admin/search/rebuild", "", practitioner).status());
        Response started = portal.post("/api/v1/admin/search/rebuild", "", admin);
        assertEquals(202, started.status(), started.toString());
        JsonObject state = started.json();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!"DONE".equals(state.getJsonObject("rebuild").getString("state")) && System.nanoTime() < deadline) {
            assertFalse("FAILED".equals(state.getJsonObject("rebuild").getString("state")), state.toString());
            sleep(200);
            state = portal.get("/api/v1/admin/search", admin).json();
        }
        JsonObject rebuild = state.getJsonObject("rebuild");
        assertEquals("DONE", rebuild.getString("state"), state.toString());
        assertEquals(rebuild.getJsonNumber("done").longValue(), state.getJsonNumber("documents").longValue(),
                "the index holds what the rebuild wrote");
        assertTrue(state.getJsonNumber("documents").longValue() > 10, state.toString());
        assertEquals(List.of("thread:" + id), hitIds(search("q=" + word, null)));

        Response page = portal.get("/admin/search", admin);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Done:"), page.body());
    }

    @Test
    void oddQueriesGetResultsOrA400NeverA500() {
        for (String q : List.of("\"unbalanced", "title:*", "a~~~", "AND", "-", "OR OR NOT", "(((", "\\", "*:*",
                "budget^10", "[1 TO 5]", "\u0001\u0007", "co-pro\u0000duction")) {
            Response r = portal.get("/api/v1/search?q=" + encode(q));
            assertEquals(200, r.status(), q + ": " + r);
            Response s = portal.get("/api/v1/search/suggestions?q=" + encode(q));
            assertEquals(200, s.status(), q + ": " + s);
        }
        Response tooLong = portal.get("/api/v1/search?q=" + "a".repeat(10_000));
        assertEquals(400, tooLong.status(), tooLong.toString());
        assertEquals("q", tooLong.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(400, portal.get("/api/v1/search?q=care&sort=best").status());
        assertEquals(400, portal.get("/api/v1/search?q=care&page=abc").status());
        assertEquals(400, portal.get("/api/v1/search?q=care&page=0").status());
        assertEquals(400, portal.get("/api/v1/search?q=care&size=500").status());
        assertEquals(400, portal.get("/api/v1/search?q=care&year=20x6").status());
        assertEquals(200, portal.get("/search?q=" + encode("title:* \"a~~~")).status());
        assertEquals(200, portal.get("/search?q=" + "a".repeat(10_000)).status(), "the page shows the message");
    }

    @Test
    void thePageShowsHitsFacetsAndPagesWithoutJavaScript() {
        String word = word();
        for (int i = 0; i < 12; i++) {
            thread(category(false), "Meeting note " + i + " " + word, "Number " + i + " about <b>" + word + "</b>.", "notes");
        }
        awaitSearch("q=" + word, null, 10_000, r -> r.getInt("total") == 12);
        Response page = portal.get("/search?q=" + word);
        assertEquals(200, page.status());
        String html = page.body();
        assertTrue(html.contains("12 results"), html);
        assertTrue(html.contains("<mark>" + word + "</mark>"), html);
        assertTrue(html.contains("&lt;b&gt;"), "typed markup stays text");
        assertTrue(html.contains("Discussion (12)"), "the kind facet with its count");
        assertTrue(html.contains("aria-current=\"page\">1</a>") && html.contains("page=2"), "numbered pages");
        Response second = portal.get("/search?q=" + word + "&page=2&sort=date");
        assertTrue(second.body().contains("Meeting note 1 " + word) && second.body().contains("Meeting note 0 " + word),
                "the oldest two on the second page by date");
        Response home = portal.get("/");
        assertTrue(home.body().contains("id=\"site-search\""), "the search box is in the header");
        JsonObject api = search("q=" + word + "&size=5&page=3", null);
        assertEquals(2, api.getJsonArray("hits").size());
        assertEquals(12, api.getInt("total"));
        assertNotNull(api.getJsonObject("facets").getJsonArray("type"));
        assertTrue(portal.get("/openapi").body().contains("/search/suggestions"), "documented in OpenAPI");
    }
}
