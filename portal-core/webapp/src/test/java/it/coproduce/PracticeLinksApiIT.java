package it.coproduce;

import static it.coproduce.StoriesApiIT.assertReadableError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Practice examples linked to guidance and discussion threads, through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticeLinksApiIT {

    private final Portal portal = new Portal();
    private String admin;
    private String practitioner;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeEach
    void signIn() {
        admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        practitioner = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
    }

    @Test
    void linksAreStoredAndReadBackAndClosedThreadsAreHiddenFromVisitors() {
        List<JsonObject> guides = portal.get("/api/v1/guidance?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(guides.size() >= 2, "the demo library has documents");
        long guideA = guides.get(0).getJsonNumber("id").longValue();
        long guideB = guides.get(1).getJsonNumber("id").longValue();
        long category = category();
        long thread = thread(category, "Linked from a practice example");

        Response added = portal.post("/api/v1/practice-examples", example(ids(guideA, guideB, guideA), ids(thread)), practitioner);
        assertEquals(201, added.status(), added.toString());
        long id = added.json().getJsonNumber("id").longValue();
        assertEquals(2, added.json().getJsonArray("relatedGuidance").size());

        JsonObject read = portal.get("/api/v1/practice-examples/" + id).json();
        List<Long> guidanceIds = read.getJsonArray("relatedGuidance").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getJsonNumber("id").longValue()).sorted().toList();
        assertEquals(List.of(guideA, guideB).stream().sorted().toList(), guidanceIds);
        assertTrue(read.getJsonArray("relatedGuidance").getValuesAs(JsonObject.class).stream()
                .anyMatch(g -> g.getString("title").equals(guides.get(0).getString("title"))));
        List<JsonObject> threads = read.getJsonArray("relatedThreads").getValuesAs(JsonObject.class);
        assertEquals(1, threads.size());
        assertEquals(thread, threads.get(0).getJsonNumber("id").longValue());
        assertEquals("Linked from a practice example", threads.get(0).getString("title"));

        // The category becomes members-only later: visitors no longer see the thread; members still do.
        makeMembersOnly(category);
        assertEquals(0, portal.get("/api/v1/practice-examples/" + id).json().getJsonArray("relatedThreads").size());
        assertFalse(portal.get("/api/v1/practice-examples/" + id).body().contains("Linked from a practice example"));
        assertEquals(1, portal.get("/api/v1/practice-examples/" + id, practitioner).json()
                .getJsonArray("relatedThreads").size());
        assertEquals(2, portal.get("/api/v1/practice-examples/" + id).json().getJsonArray("relatedGuidance").size(),
                "guidance is public");
    }

    @Test
    void unknownIdsAndMembersOnlyThreadsAreRefused() {
        long closedCategory = category();
        long closedThread = thread(closedCategory, "A members-only thread");
        makeMembersOnly(closedCategory);
        long total = total();

        Response unknownGuide = portal.post("/api/v1/practice-examples", example(ids(987654321L), ids()), practitioner);
        assertField(unknownGuide, "relatedGuidanceIds", "no published guidance document with the number 987654321");
        Response unknownThread = portal.post("/api/v1/practice-examples", example(ids(), ids(987654322L)), practitioner);
        assertField(unknownThread, "relatedThreadIds", "no discussion thread with the number 987654322");
        Response membersOnly = portal.post("/api/v1/practice-examples", example(ids(), ids(closedThread)), practitioner);
        assertField(membersOnly, "relatedThreadIds", "members-only");
        Response negative = portal.post("/api/v1/practice-examples", example(ids(-4L), ids()), practitioner);
        assertField(negative, "relatedGuidanceIds", "by its number");
        String notNumbers = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(example(ids(), ids())))
                .readObject()).add("relatedThreadIds", Json.createArrayBuilder().add("five")).build().toString();
        Response text = portal.post("/api/v1/practice-examples", notNumbers, practitioner);
        assertEquals(400, text.status(), text.toString());
        assertReadableError(text);
        assertEquals(total, total(), "nothing was saved");
    }

    @Test
    void demoExamplesLinkToDemoGuidanceAndDiscussions() {
        JsonObject listed = portal.get("/api/v1/practice-examples?country=GB&size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("referenceNumber").equals("GB-12"))
                .findFirst().orElseThrow();
        JsonObject example = portal.get("/api/v1/practice-examples/" + listed.getJsonNumber("id").longValue()).json();
        List<String> guidance = example.getJsonArray("relatedGuidance").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getString("title")).toList();
        assertEquals(List.of("Recognising and paying people for their time", "Running meetings that everyone can take part in"),
                guidance);
        assertEquals("Paying people for their time: vouchers, cash or nothing?",
                example.getJsonArray("relatedThreads").getJsonObject(0).getString("title"));
    }

    private static void assertField(Response response, String field, String words) {
        assertEquals(400, response.status(), response.toString());
        assertReadableError(response);
        assertTrue(response.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("field").equals(field) && f.getString("message").contains(words)),
                response.toString());
    }

    private long total() {
        return portal.get("/api/v1/practice-examples?size=1").json().getJsonNumber("total").longValue();
    }

    private long category() {
        String body = Json.createObjectBuilder().add("name", "Links test " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "Made by PracticeLinksApiIT.").add("membersOnly", false).build().toString();
        Response created = portal.post("/api/v1/categories", body, admin);
        assertEquals(201, created.status(), created.toString());
        return created.json().getJsonNumber("id").longValue();
    }

    private void makeMembersOnly(long category) {
        JsonObject current = portal.get("/api/v1/categories/" + category, admin).json();
        String closing = Json.createObjectBuilder().add("name", current.getString("name"))
                .add("description", current.getString("description")).add("membersOnly", true).build().toString();
        Response closed = portal.put("/api/v1/categories/" + category, closing, admin);
        assertTrue(closed.status() < 300, closed.toString());
    }

    private long thread(long category, String title) {
        String body = Json.createObjectBuilder().add("categoryId", category).add("title", title)
                .add("body", "What we learnt.").add("tags", Json.createArrayBuilder()).build().toString();
        Response started = portal.post("/api/v1/threads", body, practitioner);
        assertEquals(201, started.status(), started.toString());
        return started.json().getJsonNumber("id").longValue();
    }

    private static JsonArrayBuilder ids(long... ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (long id : ids) {
            array.add(id);
        }
        return array;
    }

    private static String example(JsonArrayBuilder guidance, JsonArrayBuilder threads) {
        String reference = "LK-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        return Json.createObjectBuilder().add("title", "Linked practice").add("summary", "With related reading.")
                .add("body", "What happened.").add("country", "GB").add("organisation", "Links (example)")
                .add("contact", "links@example.org").add("referenceNumber", reference)
                .add("partnershipLevel", "COLLABORATION").add("relatedGuidanceIds", guidance)
                .add("relatedThreadIds", threads).build().toString();
    }
}
