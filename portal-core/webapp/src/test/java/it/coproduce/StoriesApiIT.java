package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stories API: sharing, the moderation queue, reading rules, withdrawal, responses and bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoriesApiIT {

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String token(String who) {
        return portal.token(who + "@example.org", Portal.DEMO_PASSWORD);
    }

    private static String story(String title, String body, boolean pseudonymous) {
        return Json.createObjectBuilder().add("title", title).add("body", body).add("pseudonymous", pseudonymous)
                .build().toString();
    }

    private long share(String token, String title, String body, boolean pseudonymous) {
        Response shared = portal.post("/api/v1/stories", story(title, body, pseudonymous), token);
        assertEquals(201, shared.status(), shared.toString());
        return shared.json().getJsonNumber("id").longValue();
    }

    @Test
    void aModeratorRemovesIdentifyingDetailsAndTheAuthorIsTold() {
        String author = token("serviceuser");
        String title = "Our street " + System.nanoTime();
        long id = share(author, title, "Ring me on 07700 900123, I live at 4 Mill Lane.", false);
        String moderator = token("moderator");
        String redaction = Json.createObjectBuilder().add("title", title).add("body", "Ring the group, I live nearby.")
                .add("reason", "A phone number and an address could identify you.").build().toString();

        assertEquals(403, portal.put("/api/v1/stories/" + id + "/redaction", redaction, token("student")).status(),
                "members cannot");
        assertEquals(403, portal.put("/api/v1/stories/" + id + "/redaction", redaction, author).status(),
                "nor the author");
        Response noReason = portal.put("/api/v1/stories/" + id + "/redaction", Json.createObjectBuilder()
                .add("title", title).add("body", "Ring the group.").build().toString(), moderator);
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.body().contains("reason"), noReason.body());
        assertEquals(404, portal.put("/api/v1/stories/999999999/redaction", redaction, moderator).status());

        Response done = portal.put("/api/v1/stories/" + id + "/redaction", redaction, moderator);
        assertEquals(200, done.status(), done.toString());
        assertEquals("Ring the group, I live nearby.", done.json().getString("body"));
        assertFalse(done.json().isNull("redactedAt"));
        assertEquals(200, portal.post("/api/v1/stories/" + id + "/approval", "", moderator).status());
        String shown = portal.get("/api/v1/stories/" + id).body();
        assertFalse(shown.contains("07700") || shown.contains("Mill Lane"), shown);
        String page = portal.get("/stories/story?id=" + id).body();
        assertFalse(page.contains("07700") || page.contains("Mill Lane"), "the page neither");

        String notices = portal.get("/api/v1/notifications?size=50", author).body();
        assertTrue(notices.contains("Identifying details removed") && notices.contains("A phone number and an address"),
                notices);
        String audit = portal.get("/api/v1/admin/audit?action=story.redact&size=50", token("admin")).body();
        assertTrue(audit.contains("\"story.redact\"") && !audit.contains("07700"), audit);
    }

    @Test
    void aStoryWaitsForAModeratorThenIsPublishedUnderThePseudonym() {
        String author = token("serviceuser");
        String pseudonym = portal.get("/api/v1/stories/pseudonym", author).json().getString("pseudonym");
        assertEquals(pseudonym, portal.get("/api/v1/stories/pseudonym", author).json().getString("pseudonym"),
                "the pseudonym stays the same");

        String title = "Being listened to " + System.nanoTime();
        Response shared = portal.post("/api/v1/stories", story(title, "The *first* meeting was hard.\n\nThen it got better.", true), author);
        assertEquals(201, shared.status(), shared.toString());
        JsonObject created = shared.json();
        long id = created.getJsonNumber("id").longValue();
        assertTrue(shared.header("Location").orElseThrow().endsWith("/api/v1/stories/" + id));
        assertEquals("PENDING", created.getString("status"));
        assertEquals(pseudonym, created.getString("authorName"));
        assertTrue(created.getBoolean("pseudonymous"));
        assertTrue(created.getBoolean("mine"));
        assertFalse(shared.body().contains("Sam Service-User"), "the real name is nowhere: " + shared.body());

        assertEquals(404, portal.get("/api/v1/stories/" + id).status(), "visitors cannot see it yet");
        assertEquals(404, portal.get("/api/v1/stories/" + id, token("student")).status(), "nor other members");
        assertEquals(200, portal.get("/api/v1/stories/" + id, author).status());
        assertFalse(ids(portal.get("/api/v1/stories").json()).contains(id));

        String moderator = token("moderator");
        assertTrue(ids(portal.get("/api/v1/stories?status=PENDING&size=100", moderator).json()).contains(id));
        Response approved = portal.post("/api/v1/stories/" + id + "/approval", "", moderator);
        assertEquals(200, approved.status(), approved.toString());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals(409, portal.post("/api/v1/stories/" + id + "/approval", "", moderator).status(), "once only");

        JsonObject read = portal.get("/api/v1/stories/" + id).json();
        assertEquals(title, read.getString("title"));
        assertEquals("The *first* meeting was hard.\n\nThen it got better.", read.getString("body"), "stored as written");
        assertEquals(pseudonym, read.getString("authorName"));
        assertFalse(read.getBoolean("mine"));
        JsonObject listing = portal.get("/api/v1/stories?size=100").json();
        JsonObject item = listing.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(pseudonym, item.getString("authorName"));
        assertEquals("The first meeting was hard. Then it got better.", item.getString("excerpt"));
        assertFalse(ids(portal.get("/api/v1/stories?status=PENDING&size=100", moderator).json()).contains(id));
    }

    @Test
    void aStoryUnderTheAuthorsNameShowsTheirName() {
        long id = share(token("serviceuser"), "Named " + System.nanoTime(), "Under my own name.", false);
        JsonObject read = portal.get("/api/v1/stories/" + id, token("serviceuser")).json();
        assertEquals("Sam Service-User", read.getString("authorName"));
        assertFalse(read.getBoolean("pseudonymous"));
    }

    @Test
    void moderatorsTurnDownWithAReasonTheAuthorReads() {
        String author = token("serviceuser");
        String moderator = token("moderator");
        long id = share(author, "Rejected " + System.nanoTime(), "My number is 07700 900123.", false);

        assertEquals(403, portal.post("/api/v1/stories/" + id + "/rejection", "{\"reason\": \"No.\"}", author).status());
        assertEquals(401, portal.post("/api/v1/stories/" + id + "/rejection", "{\"reason\": \"No.\"}").status());
        Response noReason = portal.post("/api/v1/stories/" + id + "/rejection", "{\"reason\": \"  \"}", moderator);
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getJsonArray("fields").getJsonObject(0).getString("field"));

        Response rejected = portal.post("/api/v1/stories/" + id + "/rejection",
                "{\"reason\": \"Please take out your phone number and share it again.\"}", moderator);
        assertEquals(200, rejected.status(), rejected.toString());
        JsonObject seen = portal.get("/api/v1/stories/" + id, author).json();
        assertEquals("REJECTED", seen.getString("status"));
        assertEquals("Please take out your phone number and share it again.", seen.getString("rejectionReason"));
        assertEquals(404, portal.get("/api/v1/stories/" + id).status());
        assertEquals(409, portal.post("/api/v1/stories/" + id + "/approval", "", moderator).status());
        assertTrue(ids(portal.get("/api/v1/stories?status=REJECTED&size=100", moderator).json()).contains(id));
    }

    @Test
    void aWithdrawnStoryIsGoneForEveryoneButItsAuthor() {
        String author = token("serviceuser");
        String moderator = token("moderator");
        long id = share(author, "Withdrawn " + System.nanoTime(), "I changed my mind.", true);
        portal.post("/api/v1/stories/" + id + "/approval", "", moderator);
        assertEquals(200, portal.get("/api/v1/stories/" + id).status());

        assertEquals(403, portal.post("/api/v1/stories/" + id + "/withdrawal", "", moderator).status(), "only the author");
        assertEquals(401, portal.post("/api/v1/stories/" + id + "/withdrawal", "").status());
        Response withdrawn = portal.post("/api/v1/stories/" + id + "/withdrawal", "", author);
        assertEquals(200, withdrawn.status(), withdrawn.toString());
        assertTrue(withdrawn.json().getBoolean("withdrawn"));

        Response visitor = portal.get("/api/v1/stories/" + id);
        assertEquals(404, visitor.status());
        assertEquals("not_found", visitor.json().getString("error"));
        assertEquals(404, portal.get("/api/v1/stories/" + id, moderator).status());
        assertEquals(404, portal.get("/api/v1/stories/" + id, token("practitioner")).status());
        assertFalse(ids(portal.get("/api/v1/stories?size=100").json()).contains(id));
        assertEquals(404, portal.post("/api/v1/stories/" + id + "/responses", "{\"body\": \"Hello\"}",
                token("practitioner")).status());

        JsonObject own = portal.get("/api/v1/stories/" + id, author).json();
        assertTrue(own.getBoolean("withdrawn"));
        assertFalse(own.isNull("withdrawnAt"));
        assertTrue(ids(portal.get("/api/v1/stories?mine=true&size=100", author).json()).contains(id));
    }

    @Test
    void practitionersAndModeratorsRespond() {
        String author = token("serviceuser");
        long id = share(author, "Respond " + System.nanoTime(), "What would you change?", false);
        assertEquals(409, portal.post("/api/v1/stories/" + id + "/responses", "{\"body\": \"Early\"}",
                token("moderator")).status(), "not before it is published");
        portal.post("/api/v1/stories/" + id + "/approval", "", token("moderator"));

        Response practitioner = portal.post("/api/v1/stories/" + id + "/responses",
                "{\"body\": \"We now ask people *first*.\"}", token("practitioner"));
        assertEquals(201, practitioner.status(), practitioner.toString());
        assertEquals("Priya Practitioner", practitioner.json().getString("authorName"));
        assertEquals("practitioner", practitioner.json().getString("authorRole"));
        assertEquals(403, portal.post("/api/v1/stories/" + id + "/responses", "{\"body\": \"Me too\"}", author).status());
        assertEquals(403, portal.post("/api/v1/stories/" + id + "/responses", "{\"body\": \"Me too\"}",
                token("student")).status());
        assertEquals(401, portal.post("/api/v1/stories/" + id + "/responses", "{\"body\": \"Me too\"}").status());
        assertEquals(400, portal.post("/api/v1/stories/" + id + "/responses", "{\"body\": \"\"}",
                token("practitioner")).status());

        JsonArray responses = portal.get("/api/v1/stories/" + id).json().getJsonArray("responses");
        assertEquals(1, responses.size());
        assertEquals("We now ask people *first*.", responses.getJsonObject(0).getString("body"));
    }

    @Test
    void identifyingDetailsAreListedWithTheirPlace() {
        String text = "My son Tom was born on 3 May 2012. Ring 07700 900123 or write to me@example.org.";
        Response found = portal.post("/api/v1/stories/identifying-details",
                Json.createObjectBuilder().add("text", text).build().toString(), token("serviceuser"));
        assertEquals(200, found.status(), found.toString());
        List<JsonObject> details = found.jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("name", "date-of-birth", "phone", "email"),
                details.stream().map(d -> d.getString("kind")).toList());
        for (JsonObject d : details) {
            assertEquals(d.getString("text"), text.substring(d.getInt("start"), d.getInt("end")));
        }
        assertEquals("Tom", details.get(0).getString("text"));
        assertEquals("Name of a person", details.get(0).getString("label"));
        assertEquals(0, portal.post("/api/v1/stories/identifying-details", "{\"text\": \"Nothing here at all.\"}",
                token("serviceuser")).jsonArray().size());
        assertEquals(401, portal.post("/api/v1/stories/identifying-details", "{\"text\": \"Tom\"}").status());
        assertEquals(400, portal.post("/api/v1/stories/identifying-details", "{}", token("serviceuser")).status());
    }

    static Stream<Arguments> badStories() {
        return Stream.of(
                Arguments.of("empty title", "{\"title\": \"\", \"body\": \"Text\", \"pseudonymous\": false}", 400, "title"),
                Arguments.of("blank body", "{\"title\": \"Title\", \"body\": \"  \\n \", \"pseudonymous\": false}", 400, "body"),
                Arguments.of("missing fields", "{}", 400, "title"),
                Arguments.of("title too long", "{\"title\": \"" + "t".repeat(151) + "\", \"body\": \"Text\"}", 400, "title"),
                Arguments.of("body too long", "{\"title\": \"Title\", \"body\": \"" + "b".repeat(20_001) + "\"}", 400, "body"),
                Arguments.of("line break in the title", "{\"title\": \"Two\\nlines\", \"body\": \"Text\"}", 400, "title"),
                Arguments.of("control character", "{\"title\": \"Title\", \"body\": \"bell\\u0007\"}", 400, "body"),
                Arguments.of("wrong type for the title", "{\"title\": {\"a\": 1}, \"body\": \"Text\"}", 400, null),
                Arguments.of("wrong type for pseudonymous", "{\"title\": \"T\", \"body\": \"Text\", \"pseudonymous\": [1]}", 400, null),
                Arguments.of("not an object", "[1, 2]", 400, null),
                Arguments.of("malformed", "{\"title\": ", 400, null),
                Arguments.of("JSON null", "null", 400, null),
                Arguments.of("1 MB body", "{\"title\": \"T\", \"body\": \"" + "m".repeat(1_000_000) + "\"}", 413, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badStories")
    void badStoriesAreRefusedClearlyAndNothingIsSaved(String what, String body, int status, String field) {
        String author = token("student");
        long before = portal.get("/api/v1/stories?mine=true", author).json().getJsonNumber("total").longValue();
        Response response = portal.post("/api/v1/stories", body, author);
        assertEquals(status, response.status(), what + ": " + response);
        assertReadableError(response);
        if (field != null) {
            assertEquals(field, response.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        }
        assertEquals(before, portal.get("/api/v1/stories?mine=true", author).json().getJsonNumber("total").longValue(),
                "nothing half-saved");
    }

    @Test
    void whoMayShare() {
        Response visitor = portal.post("/api/v1/stories", story("T", "B", false));
        assertEquals(401, visitor.status());
        assertReadableError(visitor);

        String email = Portal.newEmail("unverified");
        assertEquals(201, portal.register("Una Verified", email, Portal.GOOD_PASSWORD, "carer").status());
        Response unverified = portal.post("/api/v1/stories", story("T", "B", false), portal.token(email, Portal.GOOD_PASSWORD));
        assertEquals(403, unverified.status());
        assertEquals("email_not_verified", unverified.json().getString("error"));
        assertReadableError(unverified);
    }

    @Test
    void unknownAndMalformedIdsAndQueries() {
        Response unknown = portal.get("/api/v1/stories/999999999");
        assertEquals(404, unknown.status());
        assertReadableError(unknown);
        Response word = portal.get("/api/v1/stories/abc");
        assertEquals(400, word.status());
        assertReadableError(word);
        assertEquals(404, portal.post("/api/v1/stories/999999999/approval", "", token("moderator")).status());
        assertEquals(404, portal.post("/api/v1/stories/999999999/withdrawal", "", token("student")).status());
        assertEquals(400, portal.get("/api/v1/stories?status=LOST").status());
        assertEquals(400, portal.get("/api/v1/stories?page=0").status());
        assertEquals(400, portal.get("/api/v1/stories?page=two").status());
        assertEquals(400, portal.get("/api/v1/stories?size=1000").status());
        assertEquals(401, portal.get("/api/v1/stories?status=PENDING").status());
        Response member = portal.get("/api/v1/stories?status=PENDING", token("student"));
        assertEquals(403, member.status());
        assertReadableError(member);
        assertEquals(401, portal.get("/api/v1/stories?mine=true").status());
        assertEquals(403, portal.post("/api/v1/stories/1/approval", "", token("student")).status());
    }

    @Test
    void pagesOfPublishedStories() {
        JsonObject page = portal.get("/api/v1/stories?page=1&size=2").json();
        assertEquals(1, page.getInt("page"));
        assertEquals(2, page.getInt("size"));
        assertTrue(page.getJsonArray("items").size() <= 2);
        assertTrue(page.getJsonNumber("total").longValue() >= 2, "the demo stories at least");
        assertNotEquals(JsonValue.ValueType.NULL, page.get("pages").getValueType());
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("id").longValue()).toList();
    }

    static void assertReadableError(Response response) {
        assertTrue(response.status() >= 400 && response.status() < 500, response.toString());
        JsonObject error = response.json();
        assertFalse(error.getString("error").isBlank());
        String message = error.getString("message");
        assertTrue(message.length() > 10 && message.endsWith("."), "a sentence: " + message);
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), "no stack trace: " + response.body());
    }
}
