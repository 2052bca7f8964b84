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
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The practice examples API: adding, reading, filtering, bad input, and links to guidance and discussions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticeApiIT {

    private final Portal portal = new Portal();
    private String admin;
    private String practitioner;

    @BeforeEach
    void signIn() {
        admin = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        practitioner = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private static String reference() {
        return "IT-" + ThreadLocalRandom.current().nextInt(100000, 999999);
    }

    private static JsonObjectBuilder example(String reference, String tag) {
        return Json.createObjectBuilder().add("title", "Co-designed short breaks").add("summary", "Carers designed them.")
                .add("body", "We met *six* times.\n\n- first\n- second").add("country", "ie")
                .add("organisation", "Carers West (example)").add("contact", "https://example.org/breaks")
                .add("referenceNumber", reference).add("partnershipLevel", "co-production")
                .add("tags", Json.createArrayBuilder().add(tag).add("Carers"))
                .add("outcomes", Json.createArrayBuilder().add("More breaks taken"))
                .add("evidenceLinks", Json.createArrayBuilder().add("https://example.org/report"));
    }

    @Test
    void anExampleIsAddedReadAndFound() {
        String token = portal.token("practitioner@example.org", Portal.DEMO_PASSWORD);
        String reference = reference();
        String tag = "it " + reference.toLowerCase();
        Response added = portal.post("/api/v1/practice-examples", example(reference, tag).build().toString(), token);
        assertEquals(201, added.status(), added.toString());
        long id = added.json().getJsonNumber("id").longValue();
        assertTrue(added.header("Location").orElseThrow().endsWith("/api/v1/practice-examples/" + id));

        JsonObject read = portal.get("/api/v1/practice-examples/" + id).json();
        assertEquals("IE", read.getString("country"));
        assertEquals("Ireland", read.getString("countryName"));
        assertEquals(reference, read.getString("referenceNumber"));
        assertEquals("COPRODUCTION", read.getString("partnershipLevel"));
        assertEquals("Co-production", read.getString("partnershipLevelLabel"));
        assertEquals("We met *six* times.\n\n- first\n- second", read.getString("body"));
        assertEquals(List.of(tag, "carers"), read.getJsonArray("tags").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("More breaks taken", read.getJsonArray("outcomes").getString(0));
        assertEquals("https://example.org/report", read.getJsonArray("evidenceLinks").getString(0));
        assertEquals("Priya Practitioner", read.getString("addedBy"));

        String encodedTag = tag.replace(" ", "%20");
        assertEquals(List.of(id), ids("/api/v1/practice-examples?country=IE&partnershipLevel=COPRODUCTION&tag=" + encodedTag));
        assertEquals(List.of(id), ids("/api/v1/practice-examples?tag=" + encodedTag.toUpperCase()));
        assertEquals(List.of(), ids("/api/v1/practice-examples?country=NZ&tag=" + encodedTag));
        assertEquals(List.of(), ids("/api/v1/practice-examples?partnershipLevel=COORDINATION&tag=" + encodedTag));

        Response again = portal.post("/api/v1/practice-examples", example(reference.toLowerCase(), "x").build().toString(), token);
        assertEquals(409, again.status(), again.toString());
        assertEquals("reference_in_use", again.json().getString("error"));
        assertReadableError(again);
    }

    @Test
    void theDemoRegisterCoversCountriesAndEveryLevel() {
        JsonObject all = portal.get("/api/v1/practice-examples?size=100").json();
        List<JsonObject> items = all.getJsonArray("items").getValuesAs(JsonObject.class);
        Set<String> countries = items.stream().map(i -> i.getString("country")).collect(Collectors.toSet());
        Set<String> levels = items.stream().map(i -> i.getString("partnershipLevel")).collect(Collectors.toSet());
        assertTrue(countries.containsAll(Set.of("GB", "SE", "NL", "IE", "NZ")), countries.toString());
        assertEquals(Set.of("COORDINATION", "COOPERATION", "COLLABORATION", "COPRODUCTION"), levels);
        JsonObject se = portal.get("/api/v1/practice-examples?country=se").json();
        assertTrue(se.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("referenceNumber").equals("SE-60")));
        JsonObject page = portal.get("/api/v1/practice-examples?page=2&size=2").json();
        assertEquals(2, page.getInt("page"));
        assertEquals(2, page.getJsonArray("items").size());
    }

    static Stream<Arguments> badExamples() {
        String r = "BAD-1";
        return Stream.of(
                Arguments.of("empty title", example(r, "t").add("title", "").build().toString(), 400, "title"),
                Arguments.of("body too long", example(r, "t").add("body", "b".repeat(20_001)).build().toString(), 400, "body"),
                Arguments.of("unknown country", example(r, "t").add("country", "XX").build().toString(), 400, "country"),
                Arguments.of("contact not a link", example(r, "t").add("contact", "javascript:alert(1)").build().toString(), 400, "contact"),
                Arguments.of("bad reference", example(r, "t").add("referenceNumber", "SE60").build().toString(), 400, "referenceNumber"),
                Arguments.of("unknown level", example(r, "t").add("partnershipLevel", "consultation").build().toString(), 400, "partnershipLevel"),
                Arguments.of("bad evidence link", example(r, "t").add("evidenceLinks", Json.createArrayBuilder().add("nope")).build().toString(), 400, "evidenceLinks"),
                Arguments.of("tags not a list", example(r, "t").add("tags", 5).build().toString(), 400, null),
                Arguments.of("title not text", example(r, "t").add("title", Json.createObjectBuilder().add("a", 1)).build().toString(), 400, null),
                Arguments.of("empty object", "{}", 400, "title"),
                Arguments.of("malformed", "{\"title\"", 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badExamples")
    void badExamplesAreRefusedClearlyAndNothingIsSaved(String what, String body, int status, String field) {
        String token = portal.token("student@example.org", Portal.DEMO_PASSWORD);
        long before = total();
        Response response = portal.post("/api/v1/practice-examples", body, token);
        assertEquals(status, response.status(), what + ": " + response);
        assertReadableError(response);
        if (field != null) {
            assertTrue(response.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                    .anyMatch(f -> f.getString("field").equals(field)), response.toString());
        }
        assertEquals(before, total());
    }

    @Test
    void whoMayAddAndWhatIsNotFound() {
        assertEquals(401, portal.post("/api/v1/practice-examples", example(reference(), "t").build().toString()).status());
        String email = Portal.newEmail("unverified-practice");
        portal.register("Ula", email, Portal.GOOD_PASSWORD, "practitioner");
        Response unverified = portal.post("/api/v1/practice-examples", example(reference(), "t").build().toString(),
                portal.token(email, Portal.GOOD_PASSWORD));
        assertEquals(403, unverified.status());
        assertReadableError(unverified);

        Response unknown = portal.get("/api/v1/practice-examples/99999999");
        assertEquals(404, unknown.status());
        assertReadableError(unknown);
        assertEquals(400, portal.get("/api/v1/practice-examples/abc").status());
        assertEquals(400, portal.get("/api/v1/practice-examples?country=XX").status());
        assertEquals(400, portal.get("/api/v1/practice-examples?partnershipLevel=best").status());
        assertEquals(400, portal.get("/api/v1/practice-examples?page=0").status());
        assertEquals(400, portal.get("/api/v1/practice-examples?size=x").status());
    }

    private long total() {
        return portal.get("/api/v1/practice-examples?size=1").json().getJsonNumber("total").longValue();
    }

    private List<Long> ids(String path) {
        Response response = portal.get(path);
        assertEquals(200, response.status(), response.toString());
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    // Related guidance and discussion threads (in this class, not their own, to save a deployment).

    @Test
    void linksAreStoredAndReadBackAndClosedThreadsAreHiddenFromVisitors() {
        List<JsonObject> guides = portal.get("/api/v1/guidance?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(guides.size() >= 2, "the demo library has documents");
        long guideA = guides.get(0).getJsonNumber("id").longValue();
        long guideB = guides.get(1).getJsonNumber("id").longValue();
        long category = linksCategory();
        long thread = linksThread(category, "Linked from a practice example");

        Response added = portal.post("/api/v1/practice-examples", linkedExample(idArray(guideA, guideB, guideA), idArray(thread)), practitioner);
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
        long closedCategory = linksCategory();
        long closedThread = linksThread(closedCategory, "A members-only thread");
        makeMembersOnly(closedCategory);
        long total = total();

        Response unknownGuide = portal.post("/api/v1/practice-examples", linkedExample(idArray(987654321L), idArray()), practitioner);
        assertField(unknownGuide, "relatedGuidanceIds", "no published guidance document with the number 987654321");
        Response unknownThread = portal.post("/api/v1/practice-examples", linkedExample(idArray(), idArray(987654322L)), practitioner);
        assertField(unknownThread, "relatedThreadIds", "no discussion thread with the number 987654322");
        Response membersOnly = portal.post("/api/v1/practice-examples", linkedExample(idArray(), idArray(closedThread)), practitioner);
        assertField(membersOnly, "relatedThreadIds", "members-only");
        Response negative = portal.post("/api/v1/practice-examples", linkedExample(idArray(-4L), idArray()), practitioner);
        assertField(negative, "relatedGuidanceIds", "by its number");
        String notNumbers = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(linkedExample(idArray(), idArray())))
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

    private long linksCategory() {
        String body = Json.createObjectBuilder().add("name", "Links test " + UUID.randomUUID().toString().substring(0, 8))
                .add("description", "Made by PracticeApiIT.").add("membersOnly", false).build().toString();
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

    private long linksThread(long category, String title) {
        String body = Json.createObjectBuilder().add("categoryId", category).add("title", title)
                .add("body", "What we learnt.").add("tags", Json.createArrayBuilder()).build().toString();
        Response started = portal.post("/api/v1/threads", body, practitioner);
        assertEquals(201, started.status(), started.toString());
        return started.json().getJsonNumber("id").longValue();
    }

    private static JsonArrayBuilder idArray(long... ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (long id : ids) {
            array.add(id);
        }
        return array;
    }

    private static String linkedExample(JsonArrayBuilder guidance, JsonArrayBuilder threads) {
        String reference = "LK-" + ThreadLocalRandom.current().nextInt(100000, 999999);
        return Json.createObjectBuilder().add("title", "Linked practice").add("summary", "With related reading.")
                .add("body", "What happened.").add("country", "GB").add("organisation", "Links (example)")
                .add("contact", "links@example.org").add("referenceNumber", reference)
                .add("partnershipLevel", "COLLABORATION").add("relatedGuidanceIds", guidance)
                .add("relatedThreadIds", threads).build().toString();
    }
}
